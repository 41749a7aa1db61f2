package id.mpp.server.domain.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where the check of an account's NIK stands (the contract's NikVerification).
 *
 * @param status the status
 * @param checkedAt when the registry last answered; {@code null} before the first answer
 * @param flags what registration noticed for the registry to settle; cleared by a successful check
 * @param failureReason why the last check failed; present exactly when the status is {@code FAILED}
 */
public record NikVerification(NikVerificationStatus status, Instant checkedAt, Set<NikFlag> flags,
        NikFailureReason failureReason) {

    public NikVerification {
        Objects.requireNonNull(status, "status");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if ((status == NikVerificationStatus.FAILED) != (failureReason != null)) {
            throw new IllegalArgumentException("failureReason is present exactly when the status is FAILED");
        }
    }

    /** A NIK never checked, with the flags registration raised. */
    public static NikVerification unverified(Set<NikFlag> flags) {
        return new NikVerification(NikVerificationStatus.UNVERIFIED, null, flags, null);
    }

    /** Whether the registry confirmed the NIK, name and birth date. */
    public boolean isVerified() {
        return status == NikVerificationStatus.VERIFIED;
    }

    NikVerification withFlags(Set<NikFlag> newFlags) {
        return new NikVerification(status, checkedAt, newFlags, failureReason);
    }
}
