package id.mpp.server.domain.account;

import java.util.Objects;

/**
 * The population registry's answer, without the registry's own values (ACC-041): only whether the data
 * matched and, for a mismatch, which part disagreed.
 *
 * @param outcome the outcome
 * @param mismatch for {@link RegistryOutcome#MISMATCH} which part disagreed ({@code NAME_MISMATCH},
 *     {@code BIRTH_DATE_MISMATCH} or {@code NIK_INACTIVE}); {@code null} otherwise
 */
public record RegistryAnswer(RegistryOutcome outcome, NikFailureReason mismatch) {
    private static final RegistryAnswer MATCH = new RegistryAnswer(RegistryOutcome.MATCH, null);
    private static final RegistryAnswer NOT_FOUND = new RegistryAnswer(RegistryOutcome.NOT_FOUND, null);
    private static final RegistryAnswer UNAVAILABLE = new RegistryAnswer(RegistryOutcome.UNAVAILABLE, null);

    public RegistryAnswer {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == RegistryOutcome.MISMATCH) != (mismatch != null)) {
            throw new IllegalArgumentException("mismatch is given exactly for the outcome MISMATCH");
        }
        if (mismatch == NikFailureReason.NIK_NOT_FOUND) {
            throw new IllegalArgumentException("an unknown NIK is the outcome NOT_FOUND, not a mismatch");
        }
    }

    /** NIK, name and birth date match. */
    public static RegistryAnswer match() {
        return MATCH;
    }

    /** The registry disagrees on {@code reason}. */
    public static RegistryAnswer mismatch(NikFailureReason reason) {
        return new RegistryAnswer(RegistryOutcome.MISMATCH, Objects.requireNonNull(reason, "reason"));
    }

    /** The registry does not know the NIK. */
    public static RegistryAnswer notFound() {
        return NOT_FOUND;
    }

    /** The registry could not be reached. */
    public static RegistryAnswer unavailable() {
        return UNAVAILABLE;
    }

    /** The contract's failure reason for a failed check, or {@code null} for a match or no answer. */
    public NikFailureReason failureReason() {
        return switch (outcome) {
            case MISMATCH -> mismatch;
            case NOT_FOUND -> NikFailureReason.NIK_NOT_FOUND;
            case MATCH, UNAVAILABLE -> null;
        };
    }
}
