package id.mpp.server.domain.account;

/** What the population registry answered to a check of a NIK, name and birth date. */
public enum RegistryOutcome {
    /** The NIK exists, is in use, and the name and birth date match. */
    MATCH,
    /** The NIK exists but the name or the birth date disagrees, or the NIK is no longer in use. */
    MISMATCH,
    /** The registry does not know the NIK. */
    NOT_FOUND,
    /** The registry could not be reached or did not answer in time; nothing is known. */
    UNAVAILABLE
}
