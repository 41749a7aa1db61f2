package id.mpp.sdk.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Credentials of a signed-in user (authorization code flow): the access token, refreshed with the refresh
 * token shortly before it expires.
 *
 * <p>The provider rotates refresh tokens. Each refresh happens under a lock, so two threads never send the same
 * refresh token; the new refresh token replaces the old one in memory and is handed to the
 * {@link RefreshTokenStore} before the new access token is used, and the old one is never sent again. When the
 * provider refuses the refresh token ({@code invalid_grant}), the session ends for good and every later call
 * throws {@link SessionEndedException}: the user must sign in again. Works for public clients
 * ({@link ClientAuthentication#none(String)}) and confidential ones alike. Thread-safe.
 */
public final class UserSession implements Credentials {

    private final OAuthClient client;
    private final RefreshTokenStore store;
    private final Duration refreshSkew;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile TokenSet current;
    private volatile boolean ended;

    private UserSession(Builder builder) {
        this.client = Objects.requireNonNull(builder.client, "client");
        this.store = builder.store;
        this.refreshSkew = builder.refreshSkew;
        this.clock = builder.clock != null ? builder.clock : client.clock();
        if (builder.tokens != null) {
            this.current = builder.tokens;
        } else if (builder.refreshToken != null) {
            this.current = TokenSet.builder().issuedAt(clock.instant()).refreshToken(builder.refreshToken).build();
        } else {
            throw new IllegalArgumentException("A user session needs its tokens or a refresh token");
        }
    }

    /** Starts building a session. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a session with a {@code Consumer<Builder>}. */
    public static UserSession create(Consumer<Builder> configuration) {
        Builder builder = builder();
        configuration.accept(builder);
        return builder.build();
    }

    /**
     * Returns the access token, refreshing it first when it is missing or expires within the skew.
     *
     * @throws SessionEndedException when the session cannot refresh any more; the user must sign in again
     * @throws OAuthException when the provider refuses for another reason (for example {@code invalid_client})
     * @throws id.mpp.sdk.errors.MppTransportException when the provider cannot be reached; the refresh token is
     *     kept and the next call tries again
     */
    @Override
    public String accessToken() {
        TokenSet tokens = current;
        if (!ended && !tokens.needsRefresh(clock.instant(), refreshSkew)) {
            return tokens.accessToken();
        }
        synchronized (lock) {
            if (ended) {
                throw new SessionEndedException("The session has ended; sign in again");
            }
            tokens = current;
            if (!tokens.needsRefresh(clock.instant(), refreshSkew)) {
                return tokens.accessToken();
            }
            return refresh(tokens).accessToken();
        }
    }

    private TokenSet refresh(TokenSet tokens) {
        String refreshToken = tokens.refreshToken().orElseThrow(() -> {
            ended = true;
            return new SessionEndedException("The access token has expired and the session has no refresh token");
        });
        TokenSet fresh;
        try {
            fresh = client.refresh(refreshToken);
        } catch (OAuthException e) {
            if (e.isInvalidGrant()) {
                ended = true;
                current = TokenSet.builder().issuedAt(tokens.issuedAt()).idToken(tokens.idToken().orElse(null)).build();
                throw new SessionEndedException("The provider refused the refresh token; sign in again", e);
            }
            throw e;
        }
        TokenSet merged = fresh.toBuilder()
                .refreshToken(fresh.refreshToken().orElse(refreshToken))
                .idToken(fresh.idToken().or(tokens::idToken).orElse(null))
                .scopes(fresh.scopes().isEmpty() ? tokens.scopes() : fresh.scopes())
                .build();
        current = merged;
        if (!merged.refreshToken().get().equals(refreshToken)) {
            store.store(merged);
        }
        return merged;
    }

    /** Drops the access token if it is {@code rejectedToken}, so that the next call refreshes. */
    @Override
    public void invalidate(String rejectedToken) {
        synchronized (lock) {
            TokenSet tokens = current;
            if (rejectedToken != null && rejectedToken.equals(tokens.accessToken())) {
                current = tokens.toBuilder().accessToken(null).build();
            }
        }
    }

    /** The session's current tokens, for example to read the ID token for a logout. */
    public TokenSet tokens() {
        return current;
    }

    /** Whether the session has ended and the user must sign in again. */
    public boolean isEnded() {
        return ended;
    }

    /**
     * Signs the user out of this app: revokes the refresh token (which also ends its access tokens) or, without
     * one, the access token, and ends the session.
     *
     * @throws IllegalStateException when the OAuth client has no revocation endpoint
     * @throws OAuthException when the provider refuses
     */
    public void revoke() {
        synchronized (lock) {
            TokenSet tokens = current;
            Optional<String> refreshToken = tokens.refreshToken();
            if (refreshToken.isPresent()) {
                client.revoke(refreshToken.get(), "refresh_token");
            } else if (tokens.accessToken() != null) {
                client.revoke(tokens.accessToken(), "access_token");
            }
            ended = true;
            current = TokenSet.builder().issuedAt(tokens.issuedAt()).idToken(tokens.idToken().orElse(null)).build();
        }
    }

    @Override
    public String toString() {
        return "UserSession[" + client.clientId() + ", ended=" + ended + ", " + current + "]";
    }

    /** Builds {@link UserSession}. */
    public static final class Builder {

        private OAuthClient client;
        private TokenSet tokens;
        private String refreshToken;
        private RefreshTokenStore store = RefreshTokenStore.inMemoryOnly();
        private Duration refreshSkew = Duration.ofSeconds(60);
        private Clock clock;

        private Builder() {
        }

        /** Sets the OAuth client that refreshes (the same client the tokens were issued to); required. */
        public Builder client(OAuthClient client) {
            this.client = client;
            return this;
        }

        /** Starts from the tokens of a sign-in. */
        public Builder tokens(TokenSet tokens) {
            this.tokens = tokens;
            return this;
        }

        /** Starts from a stored refresh token alone; the first call refreshes. */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** Sets where rotated refresh tokens are kept; in memory only by default. */
        public Builder refreshTokenStore(RefreshTokenStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Sets how long before its expiry the access token is refreshed; 60 seconds by default. */
        public Builder refreshSkew(Duration refreshSkew) {
            if (refreshSkew.isNegative()) {
                throw new IllegalArgumentException("refreshSkew must not be negative");
            }
            this.refreshSkew = refreshSkew;
            return this;
        }

        /** Sets the clock that decides expiry; the OAuth client's clock by default. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Builds the session. */
        public UserSession build() {
            return new UserSession(this);
        }
    }
}
