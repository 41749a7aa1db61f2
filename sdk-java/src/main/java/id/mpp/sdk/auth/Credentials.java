package id.mpp.sdk.auth;

/**
 * Supplies the access token the SDK sends as {@code Authorization: Bearer <token>}.
 *
 * <p>Implementations cache their token and fetch or refresh it when needed; they are thread-safe, because one
 * client serves many threads. The transport calls {@link #accessToken()} on every attempt of a request, and
 * {@link #invalidate(String)} when the server answered {@code 401} to a token, before it retries once.
 */
public interface Credentials {

    /**
     * Returns the access token to send now, or {@code null} to send no {@code Authorization} header.
     *
     * @throws id.mpp.sdk.errors.MppException when a token cannot be obtained
     */
    String accessToken();

    /** Forgets {@code rejectedToken} if it is the cached one, so that the next call obtains a new token. */
    default void invalidate(String rejectedToken) {
    }

    /** Credentials that send no token, for public operations (the catalogue, discovery). */
    static Credentials none() {
        return () -> null;
    }

    /** Credentials that always send the same bearer token, for tokens obtained elsewhere. */
    static Credentials bearer(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
        return () -> accessToken;
    }
}
