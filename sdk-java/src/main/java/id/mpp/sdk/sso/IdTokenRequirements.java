package id.mpp.sdk.sso;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one ID token must match beyond the provider's and the client's identity: the {@code nonce} sent, the
 * access token it came with, the {@code max_age} requested, the subject expected.
 *
 * <p>Immutable. Each requirement is checked only when it is set.
 */
public final class IdTokenRequirements {

    private static final IdTokenRequirements NONE = builder().build();

    private final String nonce;
    private final String accessToken;
    private final Duration maxAge;
    private final String subject;

    private IdTokenRequirements(Builder builder) {
        this.nonce = builder.nonce;
        this.accessToken = builder.accessToken;
        this.maxAge = builder.maxAge;
        this.subject = builder.subject;
    }

    /** No requirement beyond issuer, audience, signature and time. */
    public static IdTokenRequirements none() {
        return NONE;
    }

    /** Starts building requirements. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds requirements with a {@code Consumer<Builder>}. */
    public static IdTokenRequirements of(Consumer<Builder> requirements) {
        Builder builder = builder();
        requirements.accept(builder);
        return builder.build();
    }

    /** The {@code nonce} of the authorization request; the token's must equal it. */
    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    /** The access token issued with the ID token; the token's {@code at_hash}, when present, must match it. */
    public Optional<String> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /** The {@code max_age} requested; the token's {@code auth_time} must then be present and recent enough. */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /** The subject expected, for example on a refresh; the token's {@code sub} must equal it. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** Builds {@link IdTokenRequirements}. */
    public static final class Builder {

        private String nonce;
        private String accessToken;
        private Duration maxAge;
        private String subject;

        private Builder() {
        }

        /** Requires this {@code nonce}. */
        public Builder nonce(String nonce) {
            this.nonce = nonce;
            return this;
        }

        /** Requires {@code at_hash}, when the token has one, to match this access token. */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** Requires an {@code auth_time} no older than this. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** Requires this {@code sub}. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** Builds the requirements. */
        public IdTokenRequirements build() {
            return new IdTokenRequirements(this);
        }
    }
}
