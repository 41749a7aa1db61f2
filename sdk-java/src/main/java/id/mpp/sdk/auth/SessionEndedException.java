package id.mpp.sdk.auth;

import id.mpp.sdk.errors.MppException;

/**
 * A user session can no longer obtain access tokens: the user must sign in again.
 *
 * <p>Thrown by {@link UserSession} when its access token has expired and it holds no refresh token, or when
 * the provider refused the refresh token (it was revoked, expired, or the citizen withdrew consent). The
 * provider's refusal, when there was one, is the {@linkplain #getCause() cause}.
 */
public class SessionEndedException extends MppException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says why the session ended. */
    public SessionEndedException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the provider's refusal. */
    public SessionEndedException(String message, Throwable cause) {
        super(message, cause);
    }
}
