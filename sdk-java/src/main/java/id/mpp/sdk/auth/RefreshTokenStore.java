package id.mpp.sdk.auth;

/**
 * Keeps a user session's latest refresh token somewhere that outlives the process (a keychain, an encrypted
 * file, a database row).
 *
 * <p>The provider rotates refresh tokens: every refresh answers a new one and ends the old one, and sending an
 * old one again is treated as theft and ends the whole sign-in. {@link UserSession} therefore calls
 * {@link #store(TokenSet)} with each new token set while it holds its refresh lock, before it uses the new
 * access token, so the store always ends up with the newest refresh token and calls never overlap.
 */
@FunctionalInterface
public interface RefreshTokenStore {

    /**
     * Saves {@code tokens.refreshToken()}, replacing the previous one.
     *
     * <p>An exception thrown here reaches the caller of {@link UserSession#accessToken()}; the session keeps
     * the new tokens in memory all the same, because the old refresh token is already spent.
     *
     * @param tokens the new token set; its refresh token is present
     */
    void store(TokenSet tokens);

    /** A store that keeps nothing: the session lives only as long as the process. */
    static RefreshTokenStore inMemoryOnly() {
        return tokens -> {
        };
    }
}
