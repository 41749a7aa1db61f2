package id.mpp.sdk.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.sso.IdTokenException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Validates ID tokens as OpenID Connect Core §3.1.3.7 asks, so that a sign-in is trusted only when the provider
 * really made it for this client and this request.
 *
 * <p>Checks, in order: the token is a signed JWT (never {@code alg=none}) with an algorithm of the allow-list
 * ({@code RS256} and {@code ES256} by default; HMAC is never accepted, so a public key can never be used as an
 * HMAC secret); it is not an access token ({@code typ at+jwt}); its key is in the provider's JWK Set (fetched
 * again once for an unknown {@code kid}, so rotation works); the signature verifies; {@code iss} equals the
 * issuer exactly; {@code aud} contains the client ID and, with several audiences, {@code azp} names the
 * client; {@code exp} has not passed and {@code iat} is not in the future, both with a small clock skew; then
 * the {@linkplain IdTokenRequirements requirements} of the request ({@code nonce}, {@code at_hash},
 * {@code auth_time} against {@code max_age}, {@code sub}). Immutable and thread-safe.
 */
public final class IdTokenValidator {

    private static final Set<JWSAlgorithm> SUPPORTED = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final String issuer;
    private final String clientId;
    private final JwksCache jwks;
    private final Clock clock;
    private final Duration clockSkew;
    private final Set<JWSAlgorithm> algorithms;

    private IdTokenValidator(Builder builder) {
        this.issuer = Objects.requireNonNull(builder.issuer, "issuer");
        this.clientId = Objects.requireNonNull(builder.clientId, "clientId");
        this.jwks = Objects.requireNonNull(builder.jwks, "jwks");
        this.clock = builder.clock;
        this.clockSkew = builder.clockSkew;
        this.algorithms = Set.copyOf(builder.algorithms);
    }

    /** Starts building a validator for one issuer and one client. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates a token with requirements built by a {@code Consumer<IdTokenRequirements.Builder>}. */
    public IdToken validate(String idToken, Consumer<IdTokenRequirements.Builder> requirements) {
        return validate(idToken, IdTokenRequirements.of(requirements));
    }

    /**
     * Validates an ID token and returns its claims.
     *
     * @throws IdTokenException naming the first check that failed
     * @throws id.mpp.sdk.errors.MppException when the JWK Set cannot be fetched
     */
    public IdToken validate(String idToken, IdTokenRequirements requirements) {
        SignedJWT jwt = signedJwt(idToken);
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!algorithms.contains(algorithm)) {
            throw new IdTokenException(Reason.ALGORITHM, "alg " + algorithm + " is not one of " + algorithms);
        }
        if (new JOSEObjectType("at+jwt").equals(header.getType())) {
            throw new IdTokenException(Reason.MALFORMED, "the token is an access token (typ at+jwt)");
        }
        JWK key = jwks.find(header.getKeyID(), algorithm).orElseThrow(() -> new IdTokenException(Reason.UNKNOWN_KEY,
                "no key of the provider's JWK Set matches kid " + header.getKeyID() + " and alg " + algorithm));
        verifySignature(jwt, key);
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IdTokenException(Reason.MALFORMED, "the claims cannot be read: " + e.getMessage(), e);
        }
        checkIdentity(claims);
        checkTimes(claims);
        checkRequirements(claims, algorithm, requirements);
        return new IdToken(idToken, claims);
    }

    private static SignedJWT signedJwt(String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(Objects.requireNonNull(idToken, "idToken"));
        } catch (ParseException e) {
            throw new IdTokenException(Reason.MALFORMED, "not a JWT: " + e.getMessage(), e);
        }
        if (!(jwt instanceof SignedJWT)) {
            throw new IdTokenException(Reason.ALGORITHM,
                    "the token is not signed (alg " + jwt.getHeader().getAlgorithm() + ")");
        }
        return (SignedJWT) jwt;
    }

    private static void verifySignature(SignedJWT jwt, JWK key) {
        try {
            JWSVerifier verifier = key instanceof RSAKey
                    ? new RSASSAVerifier(((RSAKey) key).toRSAPublicKey())
                    : new ECDSAVerifier(((ECKey) key).toECPublicKey());
            if (!jwt.verify(verifier)) {
                throw new IdTokenException(Reason.SIGNATURE, "the signature does not verify with key " + key.getKeyID());
            }
        } catch (JOSEException e) {
            throw new IdTokenException(Reason.SIGNATURE, "the signature cannot be verified: " + e.getMessage(), e);
        }
    }

    private void checkIdentity(JWTClaimsSet claims) {
        if (!issuer.equals(claims.getIssuer())) {
            throw new IdTokenException(Reason.ISSUER, "iss " + claims.getIssuer() + " is not " + issuer);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new IdTokenException(Reason.MISSING_CLAIM, "no sub");
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId)) {
            throw new IdTokenException(Reason.AUDIENCE, "aud " + audience + " does not contain " + clientId);
        }
        Object azp = claims.getClaim("azp");
        if (azp == null && audience.size() > 1) {
            throw new IdTokenException(Reason.AUDIENCE, "aud names several clients " + audience + " but no azp");
        }
        if (azp != null && !clientId.equals(azp)) {
            throw new IdTokenException(Reason.AUDIENCE, "azp " + azp + " is not " + clientId);
        }
    }

    private void checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            throw new IdTokenException(Reason.MISSING_CLAIM, exp == null ? "no exp" : "no iat");
        }
        if (!now.isBefore(exp.toInstant().plus(clockSkew))) {
            throw new IdTokenException(Reason.EXPIRED, "exp " + exp.toInstant() + " has passed (now " + now + ")");
        }
        if (iat.toInstant().isAfter(now.plus(clockSkew))) {
            throw new IdTokenException(Reason.ISSUED_IN_FUTURE, "iat " + iat.toInstant() + " is after now " + now);
        }
    }

    private void checkRequirements(JWTClaimsSet claims, JWSAlgorithm algorithm, IdTokenRequirements requirements) {
        requirements.nonce().ifPresent(nonce -> {
            Object actual = claims.getClaim("nonce");
            if (!(actual instanceof String) || !constantTimeEquals(nonce, (String) actual)) {
                throw new IdTokenException(Reason.NONCE, "nonce does not match the one sent");
            }
        });
        requirements.accessToken().ifPresent(accessToken -> {
            Object atHash = claims.getClaim("at_hash");
            if (atHash != null && !constantTimeEquals(accessTokenHash(accessToken, algorithm), String.valueOf(atHash))) {
                throw new IdTokenException(Reason.AT_HASH, "at_hash does not match the access token");
            }
        });
        requirements.maxAge().ifPresent(maxAge -> {
            Object authTime = claims.getClaim("auth_time");
            Instant authenticated;
            if (authTime instanceof Number) {
                authenticated = Instant.ofEpochSecond(((Number) authTime).longValue());
            } else if (authTime instanceof Date) {
                authenticated = ((Date) authTime).toInstant();
            } else {
                throw new IdTokenException(Reason.AUTH_TIME, "max_age was requested but auth_time is missing");
            }
            if (clock.instant().isAfter(authenticated.plus(maxAge).plus(clockSkew))) {
                throw new IdTokenException(Reason.AUTH_TIME, "auth_time " + authenticated + " is older than max_age " + maxAge);
            }
        });
        requirements.subject().ifPresent(subject -> {
            if (!subject.equals(claims.getSubject())) {
                throw new IdTokenException(Reason.SUBJECT, "sub " + claims.getSubject() + " is not " + subject);
            }
        });
    }

    /**
     * The {@code at_hash} of an access token (OpenID Connect Core §3.1.3.6): the left half of its hash with the
     * SHA-2 function of the signing algorithm, base64url-encoded without padding.
     */
    public static String accessTokenHash(String accessToken, JWSAlgorithm algorithm) {
        String name = algorithm.getName();
        String digest = name.endsWith("512") ? "SHA-512" : name.endsWith("384") ? "SHA-384" : "SHA-256";
        try {
            byte[] hash = MessageDigest.getInstance(digest).digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, hash.length / 2));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(digest + " is missing from the Java runtime", e);
        }
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Builds {@link IdTokenValidator}. */
    public static final class Builder {

        private String issuer;
        private String clientId;
        private JwksCache jwks;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofSeconds(60);
        private final Set<JWSAlgorithm> algorithms = new LinkedHashSet<>(List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256));

        private Builder() {
        }

        /** Sets the issuer the tokens must name exactly; required. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Sets the client ID the tokens must be addressed to; required. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Sets the provider's keys; required. */
        public Builder jwks(JwksCache jwks) {
            this.jwks = jwks;
            return this;
        }

        /** Sets the clock of the time checks; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the tolerated difference between the provider's clock and this one; 60 seconds by default. */
        public Builder clockSkew(Duration clockSkew) {
            if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("clockSkew must be between 0 and 5 minutes: " + clockSkew);
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /**
         * Replaces the allowed signing algorithms ({@code RS256} and {@code ES256} by default).
         *
         * @throws IllegalArgumentException for {@code none}, an HMAC algorithm, or any other that is not an RSA or
         *     EC signature
         */
        public Builder algorithms(JWSAlgorithm... algorithms) {
            this.algorithms.clear();
            for (JWSAlgorithm algorithm : algorithms) {
                if (!SUPPORTED.contains(algorithm)) {
                    throw new IllegalArgumentException("Not an allowed ID token algorithm: " + algorithm);
                }
                this.algorithms.add(algorithm);
            }
            if (this.algorithms.isEmpty()) {
                throw new IllegalArgumentException("At least one algorithm is needed");
            }
            return this;
        }

        /** Builds the validator. */
        public IdTokenValidator build() {
            return new IdTokenValidator(this);
        }
    }
}
