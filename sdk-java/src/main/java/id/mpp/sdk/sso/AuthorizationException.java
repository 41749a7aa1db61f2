package id.mpp.sdk.sso;

import id.mpp.sdk.errors.MppException;

/**
 * The provider answered the authorization request with an error instead of a code (OpenID Connect Core
 * §3.1.2.6): the user declined ({@code access_denied}), must log in ({@code login_required}), and so on.
 */
public class AuthorizationException extends MppException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String errorDescription;

    /** Creates the exception for an error redirect. */
    public AuthorizationException(String error, String errorDescription) {
        super("Sign-in refused: " + error + (errorDescription == null ? "" : " (" + errorDescription + ")"));
        this.error = error;
        this.errorDescription = errorDescription;
    }

    /** The OAuth {@code error} code, such as {@code access_denied} or {@code login_required}. */
    public String error() {
        return error;
    }

    /** The provider's {@code error_description}, or {@code null}. */
    public String errorDescription() {
        return errorDescription;
    }
}
