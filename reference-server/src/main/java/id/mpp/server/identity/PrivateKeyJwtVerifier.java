package id.mpp.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientAuthMethod;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates a {@code private_key_jwt} client (OpenID Connect Core §9, RFC 7523 §3, SSO-051): the
 * assertion is signed ({@code RS256}, {@code PS256} or {@code ES256}, never {@code none} or HMAC) by a key
 * of the client's registered JWK Set, {@code iss} and {@code sub} are its client ID, {@code aud} holds the
 * issuer or the token endpoint URL, {@code exp} is at most 5 minutes after {@code iat} and not past, and
 * its {@code jti} was never used before. Every failure is {@code invalid_client}.
 */
public final class PrivateKeyJwtVerifier {
  public static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
      JWSAlgorithm.ES256);
  private static final int MAX_ASSERTION_LENGTH = 8192;

  private final TokenSettings settings;
  private final AssertionReplayStore replays;
  private final Clock clock;
  private final Duration skew;

  public PrivateKeyJwtVerifier(TokenSettings settings, AssertionReplayStore replays, Clock clock, Duration skew) {
    this.settings = settings;
    this.replays = replays;
    this.clock = clock;
    this.skew = skew;
  }

  /**
   * The unverified {@code iss} of an assertion, to find the client when the request has no {@code client_id};
   * the assertion must still pass {@link #verify}.
   */
  public static Optional<String> claimedClientId(String assertion) {
    try {
      JWT jwt = JWTParser.parse(assertion);
      return Optional.ofNullable(jwt.getJWTClaimsSet().getIssuer());
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Verifies the assertion of {@code client}.
   *
   * @throws OAuthException {@code invalid_client} when the client authentication fails
   */
  public void verify(Client client, String assertionType, String assertion) {
    if (client.authMethod() != ClientAuthMethod.PRIVATE_KEY_JWT) {
      throw fail("The client is not registered for private_key_jwt.");
    }
    if (!ASSERTION_TYPE.equals(assertionType)) {
      throw fail("client_assertion_type is not jwt-bearer.");
    }
    if (assertion == null || assertion.isEmpty() || assertion.length() > MAX_ASSERTION_LENGTH) {
      throw fail("client_assertion is missing or too long.");
    }
    SignedJWT jwt = parse(assertion);
    JWSHeader header = jwt.getHeader();
    if (!ALGORITHMS.contains(header.getAlgorithm())) {
      throw fail("The assertion algorithm is not accepted.");
    }
    if (!verifiedByRegisteredKey(client, jwt)) {
      throw fail("The assertion signature does not verify with a registered key.");
    }
    JWTClaimsSet claims = claims(jwt);
    String clientId = client.clientId();
    if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
      throw fail("The assertion iss and sub must be the client ID.");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !(audience.contains(settings.issuer()) || audience.contains(settings.tokenEndpoint()))) {
      throw fail("The assertion aud is not the issuer.");
    }
    Instant now = clock.instant();
    if (claims.getExpirationTime() == null || claims.getIssueTime() == null) {
      throw fail("The assertion needs exp and iat.");
    }
    Instant exp = claims.getExpirationTime().toInstant();
    Instant iat = claims.getIssueTime().toInstant();
    if (!now.isBefore(exp.plus(skew))) {
      throw fail("The assertion has expired.");
    }
    if (iat.isAfter(now.plus(skew)) || (claims.getNotBeforeTime() != null
        && claims.getNotBeforeTime().toInstant().isAfter(now.plus(skew)))) {
      throw fail("The assertion is not valid yet.");
    }
    if (Duration.between(iat, exp).compareTo(MAX_LIFETIME) > 0) {
      throw fail("The assertion lives longer than 5 minutes.");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isEmpty()) {
      throw fail("The assertion needs a jti.");
    }
    if (!replays.firstUse(clientId, jti, exp.plus(skew))) {
      throw fail("The assertion jti was already used.");
    }
  }

  private static boolean verifiedByRegisteredKey(Client client, SignedJWT jwt) {
    JWKSet registered;
    try {
      registered = JWKSet.parse(client.jwkSetJson()).toPublicJWKSet();
    } catch (ParseException e) {
      return false;
    }
    String kid = jwt.getHeader().getKeyID();
    for (JWK key : registered.getKeys()) {
      if (kid != null && !kid.equals(key.getKeyID())) {
        continue;
      }
      if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
        continue;
      }
      if (key.getAlgorithm() != null && !key.getAlgorithm().equals(jwt.getHeader().getAlgorithm())) {
        continue;
      }
      Optional<JWSVerifier> verifier = verifierFor(key, jwt.getHeader().getAlgorithm());
      try {
        if (verifier.isPresent() && jwt.verify(verifier.get())) {
          return true;
        }
      } catch (JOSEException e) {
        // another registered key may still verify it
      }
    }
    return false;
  }

  private static Optional<JWSVerifier> verifierFor(JWK key, JWSAlgorithm algorithm) {
    try {
      if (key instanceof RSAKey rsa && (JWSAlgorithm.RS256.equals(algorithm) || JWSAlgorithm.PS256.equals(algorithm))) {
        return Optional.of(new RSASSAVerifier(rsa));
      }
      if (key instanceof ECKey ec && JWSAlgorithm.ES256.equals(algorithm)) {
        return Optional.of(new ECDSAVerifier(ec));
      }
    } catch (JOSEException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static SignedJWT parse(String assertion) {
    JWT jwt;
    try {
      jwt = JWTParser.parse(assertion);
    } catch (ParseException e) {
      throw fail("client_assertion is not a JWT.");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw fail("The assertion algorithm is not accepted.");
    }
    return signed;
  }

  private static JWTClaimsSet claims(SignedJWT jwt) {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw fail("The assertion claims cannot be read.");
    }
  }

  private static OAuthException fail(String description) {
    return new OAuthException(OAuthErrorCode.INVALID_CLIENT, description);
  }
}
