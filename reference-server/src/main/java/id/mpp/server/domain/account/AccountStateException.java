package id.mpp.server.domain.account;

import java.util.Objects;

/**
 * A change the account's current state does not allow (the HTTP layer answers {@code 409 conflict}, or
 * {@code 400} where the contract says so). {@link #reason()} is a stable code; the message is for logs and
 * holds no personal data.
 */
public final class AccountStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public AccountStateException(String reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A stable code: {@code IDENTITY_FIXED}, {@code VERIFICATION_IN_PROGRESS}, {@code ALREADY_VERIFIED}, ... */
    public String reason() {
        return reason;
    }
}
