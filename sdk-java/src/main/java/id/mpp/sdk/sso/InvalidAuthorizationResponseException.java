package id.mpp.sdk.sso;

import id.mpp.sdk.errors.MppException;

/**
 * A redirect to the client does not answer the authorization request it claims to: its {@code state} differs
 * (cross-site request forgery), its {@code iss} names another provider (a mix-up attack, RFC 9207), it repeats
 * a parameter, or it carries neither a code nor an error. Nothing in it may be used.
 */
public class InvalidAuthorizationResponseException extends MppException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with what was wrong. */
    public InvalidAuthorizationResponseException(String message) {
        super(message);
    }
}
