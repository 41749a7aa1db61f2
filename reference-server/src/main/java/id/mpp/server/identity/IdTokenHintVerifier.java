package id.mpp.server.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Optional;

/**
 * Accepts an {@code id_token_hint} at logout only when this provider issued it (signature by a published key,
 * {@code iss}, {@code typ} JWT, one {@code aud}); an expired one is still valid (SSO-091, SSO-092).
 */
public final class IdTokenHintVerifier {
  private final SigningKeyRing keys;
  private final TokenSettings settings;

  public IdTokenHintVerifier(SigningKeyRing keys, TokenSettings settings) {
    this.keys = keys;
    this.settings = settings;
  }

  public Optional<IdTokenHint> verify(String hint) {
    Optional<JWTClaimsSet> read = ProviderSignedJwt.read(hint, JOSEObjectType.JWT, keys, settings.issuer());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    JWTClaimsSet claims = read.get();
    if (claims.getSubject() == null || claims.getAudience() == null || claims.getAudience().size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(new IdTokenHint(claims.getSubject(), claims.getAudience().get(0),
          claims.getStringClaim("sid")));
    } catch (ParseException e) {
      return Optional.empty();
    }
  }
}
