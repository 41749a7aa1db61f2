package id.mpp.sdk.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of one answer of the token endpoint: the access token with its expiry, and the refresh token and
 * ID token when the provider issued them.
 *
 * <p>Immutable. {@link #toString()} never shows a token, so a token set may be logged.
 */
public final class TokenSet {

    private final String accessToken;
    private final String tokenType;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final String refreshToken;
    private final String idToken;
    private final List<String> scopes;

    private TokenSet(Builder builder) {
        this.accessToken = builder.accessToken;
        this.tokenType = builder.tokenType;
        this.issuedAt = Objects.requireNonNull(builder.issuedAt, "issuedAt");
        this.expiresAt = builder.expiresAt;
        this.refreshToken = builder.refreshToken;
        this.idToken = builder.idToken;
        this.scopes = List.copyOf(builder.scopes);
    }

    /** Starts building a token set, for example to restore one from storage or in tests. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this token set, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accessToken = accessToken;
        builder.tokenType = tokenType;
        builder.issuedAt = issuedAt;
        builder.expiresAt = expiresAt;
        builder.refreshToken = refreshToken;
        builder.idToken = idToken;
        builder.scopes.addAll(scopes);
        return builder;
    }

    /** The access token, or {@code null} for a set restored from a refresh token alone. */
    public String accessToken() {
        return accessToken;
    }

    /** The token type, {@code Bearer}. */
    public String tokenType() {
        return tokenType;
    }

    /** When the SDK received the tokens (by its clock). */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** When the access token expires, computed from {@code expires_in}; empty when the provider did not say. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** The refresh token, present when the provider issued one ({@code offline_access}). */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /** The ID token as received (a JWT), present for OpenID Connect sign-ins. */
    public Optional<String> idToken() {
        return Optional.ofNullable(idToken);
    }

    /** The scopes granted, in the provider's order. */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * Whether the access token should no longer be sent at {@code now}: it is missing, or it expires within
     * {@code skew}.
     *
     * <p>The skew is capped at half the token's lifetime, so a token that lives shorter than twice the skew is
     * still used for half its life instead of being fetched again on every call.
     */
    public boolean needsRefresh(Instant now, Duration skew) {
        if (accessToken == null) {
            return true;
        }
        if (expiresAt == null) {
            return false;
        }
        Duration lifetime = Duration.between(issuedAt, expiresAt);
        Duration margin = skew.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : skew;
        return !now.isBefore(expiresAt.minus(margin));
    }

    /** Describes the set without revealing any token. */
    @Override
    public String toString() {
        return "TokenSet[tokenType=" + tokenType + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt
                + ", accessToken=" + (accessToken == null ? "none" : "***")
                + ", refreshToken=" + (refreshToken == null ? "none" : "***")
                + ", idToken=" + (idToken == null ? "none" : "***") + ", scopes=" + scopes + "]";
    }

    /** Builds {@link TokenSet}s. */
    public static final class Builder {

        private String accessToken;
        private String tokenType = "Bearer";
        private Instant issuedAt;
        private Instant expiresAt;
        private String refreshToken;
        private String idToken;
        private final List<String> scopes = new ArrayList<>();

        private Builder() {
        }

        /** Sets the access token. */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** Sets the token type; {@code Bearer} by default. */
        public Builder tokenType(String tokenType) {
            this.tokenType = Objects.requireNonNull(tokenType, "tokenType");
            return this;
        }

        /** Sets when the tokens were received; required. */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /** Sets when the access token expires, or {@code null} when unknown. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Sets the refresh token, or {@code null} for none. */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** Sets the ID token, or {@code null} for none. */
        public Builder idToken(String idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Replaces the granted scopes. */
        public Builder scopes(Collection<String> scopes) {
            this.scopes.clear();
            this.scopes.addAll(scopes);
            return this;
        }

        /** Builds the token set. */
        public TokenSet build() {
            return new TokenSet(this);
        }
    }
}
