package id.mpp.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.TokenRevocations;
import id.mpp.server.identity.AccessTokenVerification.Reason;
import id.mpp.server.identity.AccessTokenVerification.Rejected;
import id.mpp.server.identity.AccessTokenVerification.Verified;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Verifies a bearer access token for the resource endpoints (SSO-060, GEN-019): RS256 only (never
 * {@code none} or HMAC, RFC 8725 §3.1), {@code typ} {@code at+jwt}, signed by a key published now (looked
 * up by {@code kid}), {@code iss} exactly the issuer, {@code aud} the API, within {@code exp} and
 * {@code nbf} give or take a small skew, and not revoked.
 */
public final class AccessTokenVerifier {
  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

  private final SigningKeyRing keys;
  private final TokenSettings settings;
  private final TokenRevocations revocations;
  private final Clock clock;
  private final Duration skew;

  public AccessTokenVerifier(SigningKeyRing keys, TokenSettings settings, TokenRevocations revocations,
      Clock clock, Duration skew) {
    this.keys = keys;
    this.settings = settings;
    this.revocations = revocations;
    this.clock = clock;
    this.skew = skew;
  }

  public AccessTokenVerification verify(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return rejected(Reason.MALFORMED);
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      return rejected(Reason.MALFORMED);
    }
    if (!(jwt instanceof SignedJWT signed)) {
      return rejected(Reason.UNSUPPORTED_ALGORITHM);
    }
    JWSHeader header = signed.getHeader();
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      return rejected(Reason.UNSUPPORTED_ALGORITHM);
    }
    if (!AT_JWT.equals(header.getType())) {
      return rejected(Reason.WRONG_TYPE);
    }
    if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
      return rejected(Reason.MALFORMED);
    }
    Optional<RSAKey> key = header.getKeyID() == null ? Optional.empty() : keys.publishedKey(header.getKeyID());
    if (key.isEmpty()) {
      return rejected(Reason.UNKNOWN_KEY);
    }
    try {
      if (!signed.verify(new RSASSAVerifier(key.get()))) {
        return rejected(Reason.BAD_SIGNATURE);
      }
    } catch (JOSEException e) {
      return rejected(Reason.BAD_SIGNATURE);
    }
    JWTClaimsSet claims;
    try {
      claims = signed.getJWTClaimsSet();
    } catch (ParseException e) {
      return rejected(Reason.MALFORMED);
    }
    return checkClaims(claims);
  }

  private AccessTokenVerification checkClaims(JWTClaimsSet claims) {
    if (!settings.issuer().equals(claims.getIssuer())) {
      return rejected(Reason.WRONG_ISSUER);
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(settings.apiAudience())) {
      return rejected(Reason.WRONG_AUDIENCE);
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    Date iat = claims.getIssueTime();
    if (exp == null || iat == null) {
      return rejected(Reason.MISSING_CLAIM);
    }
    if (!now.isBefore(exp.toInstant().plus(skew))) {
      return rejected(Reason.EXPIRED);
    }
    Date nbf = claims.getNotBeforeTime();
    if (now.plus(skew).isBefore(iat.toInstant()) || (nbf != null && now.plus(skew).isBefore(nbf.toInstant()))) {
      return rejected(Reason.NOT_YET_VALID);
    }
    try {
      String subject = claims.getSubject();
      String clientId = claims.getStringClaim("client_id");
      String scope = claims.getStringClaim("scope");
      String jti = claims.getJWTID();
      if (subject == null || clientId == null || scope == null || jti == null) {
        return rejected(Reason.MISSING_CLAIM);
      }
      if (revocations.isAccessTokenRevoked(jti)) {
        return rejected(Reason.REVOKED);
      }
      Long authTime = claims.getLongClaim("auth_time");
      return new Verified(new VerifiedAccessToken(subject, clientId, Scopes.parse(scope), claims.getAudience(),
          claims.getIssuer(), iat.toInstant(), exp.toInstant(), jti,
          authTime == null ? null : Instant.ofEpochSecond(authTime), claims.getStringClaim("acr"),
          claims.getStringClaim(TokenIssuer.AGENCY_CLAIM)));
    } catch (ParseException | RuntimeException e) {
      return rejected(Reason.MALFORMED);
    }
  }

  private static Rejected rejected(Reason reason) {
    return new Rejected(reason);
  }
}
