package id.mpp.sdk.sso;

import id.mpp.sdk.errors.MppException;

/**
 * An ID token failed validation and must not be trusted: the sign-in did not happen.
 *
 * <p>{@link #reason()} says which check failed, for logs and tests; the message says it in words.
 */
public class IdTokenException extends MppException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /** Creates the exception for a failed check. */
    public IdTokenException(Reason reason, String message) {
        super("ID token rejected (" + reason + "): " + message);
        this.reason = reason;
    }

    /** Creates the exception for a failed check with its cause. */
    public IdTokenException(Reason reason, String message, Throwable cause) {
        super("ID token rejected (" + reason + "): " + message, cause);
        this.reason = reason;
    }

    /** Which check failed. */
    public Reason reason() {
        return reason;
    }

    /** The checks of ID token validation (OpenID Connect Core §3.1.3.7). */
    public enum Reason {
        /** Not a JWT, an encrypted one, a JWT whose claims cannot be read, or an access token. */
        MALFORMED,
        /** Unsigned ({@code alg=none}) or signed with an algorithm outside the allow-list. */
        ALGORITHM,
        /** No key of the provider's JWK Set matches the token's {@code kid} and algorithm, even after a refetch. */
        UNKNOWN_KEY,
        /** The signature does not verify. */
        SIGNATURE,
        /** {@code iss} is not the provider's issuer. */
        ISSUER,
        /** {@code aud} does not contain the client, or {@code azp} names another client. */
        AUDIENCE,
        /** {@code exp} has passed. */
        EXPIRED,
        /** {@code iat} lies in the future. */
        ISSUED_IN_FUTURE,
        /** {@code nonce} differs from the one sent. */
        NONCE,
        /** {@code at_hash} does not match the access token. */
        AT_HASH,
        /** {@code auth_time} is missing or older than the {@code max_age} requested. */
        AUTH_TIME,
        /** {@code sub} differs from the expected subject. */
        SUBJECT,
        /** A required claim ({@code sub}, {@code exp}, {@code iat}) is missing. */
        MISSING_CLAIM
    }
}
