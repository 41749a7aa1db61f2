package id.mpp.server.domain.account;

/** Why the last registry check failed, without the registry's values (the contract's NikFailureReason). */
public enum NikFailureReason {
    NIK_NOT_FOUND,
    NAME_MISMATCH,
    BIRTH_DATE_MISMATCH,
    /** The registry marks the NIK as no longer in use. */
    NIK_INACTIVE
}
