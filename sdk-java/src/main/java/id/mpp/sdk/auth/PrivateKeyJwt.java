package id.mpp.sdk.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code private_key_jwt} client authentication (RFC 7523, OpenID Connect Core §9): every request carries a
 * fresh client assertion, a short-lived JWT signed with the client's private key.
 *
 * <p>The assertion has {@code iss} and {@code sub} equal to the client ID, {@code aud} the token endpoint (or
 * the audience set here), a random {@code jti} never used before, {@code iat} now and {@code exp} one minute
 * later by default. It is signed with {@code RS256}, {@code PS256} or {@code ES256}, the algorithms the
 * contract accepts; the key's own {@code alg} wins, otherwise RSA keys sign with {@code RS256} and P-256 keys
 * with {@code ES256}. Immutable and thread-safe.
 */
public final class PrivateKeyJwt implements ClientAuthentication {

    /** The {@code client_assertion_type} of a JWT client assertion (RFC 7523 §2.2). */
    public static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    private final String clientId;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final String keyId;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random;

    private PrivateKeyJwt(Builder builder, JWSSigner signer, JWSAlgorithm algorithm) {
        this.clientId = builder.clientId;
        this.signer = signer;
        this.algorithm = algorithm;
        this.keyId = builder.keyId;
        this.audience = builder.audience;
        this.lifetime = builder.lifetime;
        this.clock = builder.clock;
        this.random = builder.random;
    }

    /** Starts building the authentication of one client with one key. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String clientId() {
        return clientId;
    }

    /** Adds {@code client_assertion_type} and a freshly signed {@code client_assertion} to the form. */
    @Override
    public void authenticate(URI tokenEndpoint, Map<String, String> form, HttpRequest.Builder request) {
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertion(tokenEndpoint));
    }

    /** Signs a new client assertion for the given token endpoint; each call has a new {@code jti}. */
    public String assertion(URI tokenEndpoint) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(audience != null ? audience : tokenEndpoint.toString())
                .jwtID(newJti())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        JWSHeader header = new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new MppException("Could not sign the client assertion of " + clientId + ": " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    private String newJti() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "private_key_jwt[" + clientId + ", " + algorithm + (keyId == null ? "" : ", kid=" + keyId) + "]";
    }

    /** Builds {@link PrivateKeyJwt}. */
    public static final class Builder {

        private String clientId;
        private JWK jwk;
        private PrivateKey privateKey;
        private String keyId;
        private JWSAlgorithm algorithm;
        private String audience;
        private Duration lifetime = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();

        private Builder() {
        }

        /** Sets the client's registered ID; required. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Signs with a nimbus {@code RSAKey} or {@code ECKey} holding the private part; its {@code kid} is sent. */
        public Builder key(JWK key) {
            this.jwk = Objects.requireNonNull(key, "key");
            this.privateKey = null;
            return this;
        }

        /** Signs with an RSA or EC private key; {@code keyId} (may be {@code null}) names its public key. */
        public Builder key(PrivateKey key, String keyId) {
            this.privateKey = Objects.requireNonNull(key, "key");
            this.keyId = keyId;
            this.jwk = null;
            return this;
        }

        /** Sets the signing algorithm ({@code RS256}, {@code PS256} or {@code ES256}) instead of deriving it from the key. */
        public Builder algorithm(JWSAlgorithm algorithm) {
            this.algorithm = algorithm;
            return this;
        }

        /** Sets the assertion's {@code aud}, for example the issuer; the token endpoint URL by default. */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** Sets how long an assertion is valid; one minute by default, at most five (the contract's limit). */
        public Builder lifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
                throw new IllegalArgumentException("lifetime must be positive and at most 5 minutes: " + lifetime);
            }
            this.lifetime = lifetime;
            return this;
        }

        /** Sets the clock of {@code iat} and {@code exp}; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the source of {@code jti} values; a new {@link SecureRandom} by default. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the authentication.
         *
         * @throws IllegalArgumentException when the client ID or key is missing, the key holds no private part,
         *     or the algorithm is not one of {@code RS256}, {@code PS256}, {@code ES256} or does not fit the key
         */
        public PrivateKeyJwt build() {
            Forms.requireText(clientId, "clientId");
            try {
                if (jwk != null) {
                    return fromJwk();
                }
                if (privateKey != null) {
                    return fromPrivateKey();
                }
            } catch (JOSEException e) {
                throw new IllegalArgumentException("Unusable client key: " + e.getMessage(), e);
            }
            throw new IllegalArgumentException("key must be set");
        }

        private PrivateKeyJwt fromJwk() throws JOSEException {
            if (!jwk.isPrivate()) {
                throw new IllegalArgumentException("The client key " + jwk.getKeyID() + " holds no private part");
            }
            keyId = jwk.getKeyID();
            JWSAlgorithm alg = algorithm;
            if (alg == null && jwk.getAlgorithm() != null) {
                alg = JWSAlgorithm.parse(jwk.getAlgorithm().getName());
            }
            if (jwk instanceof RSAKey) {
                return new PrivateKeyJwt(this, new RSASSASigner((RSAKey) jwk), checked(alg, JWSAlgorithm.RS256, true));
            }
            if (jwk instanceof ECKey) {
                return new PrivateKeyJwt(this, new ECDSASigner((ECKey) jwk), checked(alg, JWSAlgorithm.ES256, false));
            }
            throw new IllegalArgumentException("Only RSA and EC client keys are supported, not " + jwk.getKeyType());
        }

        private PrivateKeyJwt fromPrivateKey() throws JOSEException {
            if (privateKey instanceof RSAPrivateKey) {
                return new PrivateKeyJwt(this, new RSASSASigner(privateKey), checked(algorithm, JWSAlgorithm.RS256, true));
            }
            if (privateKey instanceof ECPrivateKey) {
                return new PrivateKeyJwt(this, new ECDSASigner((ECPrivateKey) privateKey),
                        checked(algorithm, JWSAlgorithm.ES256, false));
            }
            throw new IllegalArgumentException("Only RSA and EC client keys are supported, not " + privateKey.getAlgorithm());
        }

        private static JWSAlgorithm checked(JWSAlgorithm chosen, JWSAlgorithm fallback, boolean rsa) {
            JWSAlgorithm alg = chosen != null ? chosen : fallback;
            boolean fits = rsa ? JWSAlgorithm.Family.RSA.contains(alg) : JWSAlgorithm.Family.EC.contains(alg);
            if (!ALLOWED.contains(alg) || !fits) {
                throw new IllegalArgumentException("Client assertions are signed with RS256, PS256 or ES256 matching the key, not " + alg);
            }
            return alg;
        }
    }
}
