package id.mpp.server.domain.account;

import java.util.Optional;

/** A purpose of processing personal data a citizen consents to (UU 27/2022; the contract's ProcessingPurpose). */
public enum ProcessingPurpose {
    /** Keeping the account, sign-in and its security; required as long as the account exists. */
    ACCOUNT_MANAGEMENT,
    /** Checking the NIK, name and birth date with Dukcapil. */
    IDENTITY_VERIFICATION,
    /** E-mail or SMS about the citizen's applications beyond what a decision requires. */
    SERVICE_NOTIFICATIONS;

    /** The purpose named exactly {@code name}, or empty. */
    public static Optional<ProcessingPurpose> fromName(String name) {
        for (ProcessingPurpose purpose : values()) {
            if (purpose.name().equals(name)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
