package id.mpp.server.domain.account;

/**
 * What registration noticed about a structurally valid NIK that only the population registry can settle
 * (the contract's {@code NikFlag}). Neither is a reason to refuse a registration (ACC-002).
 */
public enum NikFlag {
    /** The NIK's {@code PP.KK} code is not in the deployment's region list; it may predate a split. */
    UNKNOWN_REGION,
    /** The stated birth date disagrees with the day, month or two-digit year encoded in the NIK. */
    BIRTH_DATE_MISMATCH
}
