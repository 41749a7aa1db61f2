package id.mpp.sdk.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import id.mpp.sdk.auth.OAuthClient;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The provider's public signing keys (its JWK Set), fetched from {@code jwks_uri} and kept, so that key
 * rotation works without a restart.
 *
 * <p>The set is fetched on first use and again after {@link Builder#maxAge(Duration) maxAge}. A token naming an
 * unknown {@code kid} makes the cache fetch the set again, at most once per
 * {@link Builder#minRefetchInterval(Duration) minRefetchInterval} (one minute, as the contract asks), so a
 * stream of forged {@code kid}s cannot turn it into a flood of requests. Only public key material is kept.
 * Thread-safe; lookups of known keys take no lock.
 */
public final class JwksCache {

    private final URI jwksUri;
    private final JsonHttp http;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration minRefetchInterval;
    private final Object lock = new Object();
    private volatile Fetched fetched;
    private Instant lastUnknownKeyRefetchAt;

    private JwksCache(Builder builder) {
        this.jwksUri = Objects.requireNonNull(builder.jwksUri, "jwksUri");
        this.http = new JsonHttp(builder.httpClient != null ? builder.httpClient : OAuthClient.defaultHttpClient(),
                builder.requestTimeout);
        this.clock = builder.clock;
        this.maxAge = builder.maxAge;
        this.minRefetchInterval = builder.minRefetchInterval;
    }

    /** Starts building a cache for one JWK Set URL. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the public key that verifies a signature by {@code keyId} with {@code algorithm}, fetching the set
     * again when the key is unknown, unless an unknown key already caused a fetch within the minimum interval.
     *
     * <p>A key matches when its {@code kid} equals {@code keyId} (any key when {@code keyId} is {@code null}
     * and the set holds exactly one candidate), its {@code use} is absent or {@code sig}, its {@code alg} is
     * absent or equal to {@code algorithm}, and its type fits the algorithm (RSA for {@code RS*} and
     * {@code PS*}, the matching curve for {@code ES*}).
     *
     * @return the key, or empty when the provider does not publish it
     * @throws MppException when the set cannot be fetched or read
     */
    public Optional<JWK> find(String keyId, JWSAlgorithm algorithm) {
        Fetched held = fetched;
        if (held != null && clock.instant().isBefore(held.at.plus(maxAge))) {
            Optional<JWK> key = select(held.keys, keyId, algorithm);
            if (key.isPresent()) {
                return key;
            }
        }
        synchronized (lock) {
            Instant now = clock.instant();
            held = fetched;
            if (held == null || !now.isBefore(held.at.plus(maxAge))) {
                return select(fetch(now), keyId, algorithm);
            }
            Optional<JWK> key = select(held.keys, keyId, algorithm);
            if (key.isPresent()
                    || (lastUnknownKeyRefetchAt != null && now.isBefore(lastUnknownKeyRefetchAt.plus(minRefetchInterval)))) {
                return key;
            }
            lastUnknownKeyRefetchAt = now;
            return select(fetch(now), keyId, algorithm);
        }
    }

    private JWKSet fetch(Instant now) {
        String body = http.getDocument(jwksUri, "JWK Set");
        try {
            JWKSet keys = JWKSet.parse(body).toPublicJWKSet();
            fetched = new Fetched(keys, now);
            return keys;
        } catch (ParseException e) {
            throw new MppException("The JWK Set at " + jwksUri + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Optional<JWK> select(JWKSet set, String keyId, JWSAlgorithm algorithm) {
        List<JWK> candidates = set.getKeys().stream()
                .filter(key -> keyId == null || keyId.equals(key.getKeyID()))
                .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                .filter(key -> key.getAlgorithm() == null || key.getAlgorithm().getName().equals(algorithm.getName()))
                .filter(key -> fits(key, algorithm))
                .collect(Collectors.toList());
        return candidates.size() == 1 || (keyId != null && !candidates.isEmpty())
                ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static boolean fits(JWK key, JWSAlgorithm algorithm) {
        if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return key instanceof RSAKey;
        }
        if (JWSAlgorithm.Family.EC.contains(algorithm)) {
            return key instanceof ECKey && Curve.forJWSAlgorithm(algorithm).contains(((ECKey) key).getCurve());
        }
        return false;
    }

    /** A fetched set and when it was fetched, published together. */
    private static final class Fetched {

        final JWKSet keys;
        final Instant at;

        Fetched(JWKSet keys, Instant at) {
            this.keys = keys;
            this.at = at;
        }
    }

    /** Builds {@link JwksCache}. */
    public static final class Builder {

        private URI jwksUri;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Duration maxAge = Duration.ofHours(1);
        private Duration minRefetchInterval = Duration.ofMinutes(1);
        private Duration requestTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Sets the provider's {@code jwks_uri}; required. */
        public Builder jwksUri(URI jwksUri) {
            this.jwksUri = jwksUri;
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

        /** Sets how long a fetched set is used before it is fetched again; one hour by default. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
            return this;
        }

        /** Sets the least time between two fetches caused by unknown keys; one minute by default. */
        public Builder minRefetchInterval(Duration minRefetchInterval) {
            this.minRefetchInterval = Objects.requireNonNull(minRefetchInterval, "minRefetchInterval");
            return this;
        }

        /** Sets the timeout of each request; 30 seconds by default. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Builds the cache; nothing is fetched until the first lookup. */
        public JwksCache build() {
            return new JwksCache(this);
        }
    }
}
