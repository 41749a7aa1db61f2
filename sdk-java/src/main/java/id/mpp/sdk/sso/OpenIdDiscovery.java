package id.mpp.sdk.sso;

import id.mpp.sdk.auth.OAuthClient;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads the provider's discovery document from {@code <issuer>/.well-known/openid-configuration}, checks it and
 * keeps it for a while.
 *
 * <p>The document's {@code issuer} must equal the expected issuer character for character (OpenID Connect
 * Discovery 1.0 §4.3); otherwise an attacker's document could redirect tokens elsewhere. The document is kept
 * for {@link Builder#cacheTtl(Duration) cacheTtl} (one hour by default, the contract's {@code max-age}); when a
 * later refetch fails, the document already held is used and the fetch is tried again a minute later.
 * Thread-safe.
 */
public final class OpenIdDiscovery {

    /** The path of the discovery document relative to the issuer. */
    public static final String WELL_KNOWN_PATH = "/.well-known/openid-configuration";

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final String issuer;
    private final URI documentUri;
    private final JsonHttp http;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Object lock = new Object();
    private volatile Fetched fetched;

    private OpenIdDiscovery(Builder builder) {
        this.issuer = Objects.requireNonNull(builder.issuer, "issuer");
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        this.documentUri = URI.create(base + WELL_KNOWN_PATH);
        this.http = new JsonHttp(builder.httpClient != null ? builder.httpClient : OAuthClient.defaultHttpClient(),
                builder.requestTimeout);
        this.clock = builder.clock;
        this.cacheTtl = builder.cacheTtl;
    }

    /** Starts building discovery for one issuer. */
    public static Builder builder() {
        return new Builder();
    }

    /** The expected issuer identifier. */
    public String issuer() {
        return issuer;
    }

    /**
     * Returns the provider's metadata, fetching it when it is not held or older than the cache lifetime.
     *
     * @throws MppException when the document cannot be read, is invalid, or names another issuer
     */
    public ProviderMetadata metadata() {
        Fetched held = fetched;
        if (held != null && clock.instant().isBefore(held.freshUntil)) {
            return held.metadata;
        }
        synchronized (lock) {
            held = fetched;
            Instant now = clock.instant();
            if (held != null && now.isBefore(held.freshUntil)) {
                return held.metadata;
            }
            try {
                ProviderMetadata metadata = fetch();
                fetched = new Fetched(metadata, now.plus(cacheTtl));
                return metadata;
            } catch (MppException e) {
                if (held == null) {
                    throw e;
                }
                // Keep serving the document held, and try again in a minute rather than on every call.
                fetched = new Fetched(held.metadata, now.plus(RETRY_AFTER_FAILURE));
                return held.metadata;
            }
        }
    }

    private ProviderMetadata fetch() {
        ProviderMetadata fetched = ProviderMetadata.parse(http.getDocument(documentUri, "discovery document"));
        if (!fetched.issuer().equals(issuer)) {
            throw new MppException("The discovery document at " + documentUri + " names the issuer "
                    + fetched.issuer() + ", not the expected " + issuer);
        }
        return fetched;
    }

    /** A fetched document and until when it is used, published together. */
    private static final class Fetched {

        final ProviderMetadata metadata;
        final Instant freshUntil;

        Fetched(ProviderMetadata metadata, Instant freshUntil) {
            this.metadata = metadata;
            this.freshUntil = freshUntil;
        }
    }

    /** Builds {@link OpenIdDiscovery}. */
    public static final class Builder {

        private String issuer;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Duration cacheTtl = Duration.ofHours(1);
        private Duration requestTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Sets the expected issuer identifier, such as {@code https://mpp.banyumaskab.go.id}; required. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Sets the HTTP client; an HTTP/1.1 client by default. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Sets the clock of the cache; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets how long a fetched document is used before it is fetched again; one hour by default. */
        public Builder cacheTtl(Duration cacheTtl) {
            this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
            return this;
        }

        /** Sets the timeout of each request; 30 seconds by default. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Builds the discovery; nothing is fetched until {@link OpenIdDiscovery#metadata()}. */
        public OpenIdDiscovery build() {
            return new OpenIdDiscovery(this);
        }
    }
}
