package id.mpp.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;

/**
 * Reads a JWT only when this provider signed it: RS256, a published {@code kid}, a valid signature, the
 * expected {@code typ} and {@code iss}. Times are the caller's business (an expired ID token is still a valid
 * logout hint, SSO-092; an expired access token can still be revoked).
 */
final class ProviderSignedJwt {
  private static final int MAX_LENGTH = 8192;

  private ProviderSignedJwt() {}

  static Optional<JWTClaimsSet> read(String token, JOSEObjectType type, SigningKeyRing keys, String issuer) {
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      JWT jwt = JWTParser.parse(token);
      if (!(jwt instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())
          || !type.equals(signed.getHeader().getType()) || signed.getHeader().getKeyID() == null) {
        return Optional.empty();
      }
      Optional<RSAKey> key = keys.publishedKey(signed.getHeader().getKeyID());
      if (key.isEmpty() || !signed.verify(new RSASSAVerifier(key.get()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = signed.getJWTClaimsSet();
      return issuer.equals(claims.getIssuer()) ? Optional.of(claims) : Optional.empty();
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
