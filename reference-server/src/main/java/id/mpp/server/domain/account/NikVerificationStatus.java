package id.mpp.server.domain.account;

/** Where the check of the NIK, name and birth date against the population registry stands (the contract's). */
public enum NikVerificationStatus {
    /** Never checked. */
    UNVERIFIED,
    /** The registry will answer later. */
    PENDING,
    /** NIK, name and birth date confirmed. */
    VERIFIED,
    /** The last check did not match; may be retried. */
    FAILED
}
