package id.mpp.sdk.auth;

import id.mpp.sdk.errors.MppException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Credentials of an agency back-end: access tokens of the client credentials grant, fetched when first needed,
 * cached, and fetched again shortly before they expire.
 *
 * <p>Only one thread fetches at a time; the others wait for its token. When an early refresh fails while the
 * cached token is still valid, the cached token is used and the next call tries again. Thread-safe.
 *
 * <pre>{@code
 * Credentials credentials = ClientCredentials.builder()
 *     .client(oauthClient)
 *     .scopes("officer", "agency.events")
 *     .build();
 * }</pre>
 */
public final class ClientCredentials implements Credentials {

    private final OAuthClient client;
    private final List<String> scopes;
    private final Duration refreshSkew;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile TokenSet current;

    private ClientCredentials(Builder builder) {
        this.client = Objects.requireNonNull(builder.client, "client");
        this.scopes = List.copyOf(builder.scopes);
        this.refreshSkew = builder.refreshSkew;
        this.clock = builder.clock != null ? builder.clock : client.clock();
    }

    /** Starts building client credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds client credentials with a {@code Consumer<Builder>}. */
    public static ClientCredentials create(Consumer<Builder> configuration) {
        Builder builder = builder();
        configuration.accept(builder);
        return builder.build();
    }

    /**
     * Returns the cached token, or fetches a new one when there is none or it expires within the skew.
     *
     * @throws OAuthException when the provider refuses the client
     * @throws id.mpp.sdk.errors.MppTransportException when the provider cannot be reached
     */
    @Override
    public String accessToken() {
        TokenSet tokens = current;
        if (tokens != null && !tokens.needsRefresh(clock.instant(), refreshSkew)) {
            return tokens.accessToken();
        }
        synchronized (lock) {
            tokens = current;
            Instant now = clock.instant();
            if (tokens != null && !tokens.needsRefresh(now, refreshSkew)) {
                return tokens.accessToken();
            }
            try {
                TokenSet fresh = client.clientCredentials(scopes);
                current = fresh;
                return fresh.accessToken();
            } catch (MppException e) {
                if (tokens != null && tokens.expiresAt().map(now::isBefore).orElse(false)) {
                    return tokens.accessToken();
                }
                throw e;
            }
        }
    }

    /** Drops the cached token if it is {@code rejectedToken}, so that the next call fetches a new one. */
    @Override
    public void invalidate(String rejectedToken) {
        synchronized (lock) {
            TokenSet tokens = current;
            if (tokens != null && tokens.accessToken().equals(rejectedToken)) {
                current = null;
            }
        }
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + client.clientId() + ", scopes=" + scopes + "]";
    }

    /** Builds {@link ClientCredentials}. */
    public static final class Builder {

        private OAuthClient client;
        private final List<String> scopes = new ArrayList<>();
        private Duration refreshSkew = Duration.ofSeconds(60);
        private Clock clock;

        private Builder() {
        }

        /** Sets the OAuth client that fetches the tokens (a confidential client); required. */
        public Builder client(OAuthClient client) {
            this.client = client;
            return this;
        }

        /** Sets the scopes to ask for; none means every scope registered for the client. */
        public Builder scopes(String... scopes) {
            return scopes(Arrays.asList(scopes));
        }

        /** Sets the scopes to ask for; none means every scope registered for the client. */
        public Builder scopes(Collection<String> scopes) {
            this.scopes.clear();
            this.scopes.addAll(scopes);
            return this;
        }

        /**
         * Sets how long before its expiry a token is replaced; 60 seconds by default, at most half the token's
         * lifetime.
         */
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

        /** Builds the credentials; nothing is fetched until the first {@link ClientCredentials#accessToken()}. */
        public ClientCredentials build() {
            return new ClientCredentials(this);
        }
    }
}
