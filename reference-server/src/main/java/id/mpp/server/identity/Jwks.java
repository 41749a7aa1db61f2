package id.mpp.server.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JWK Set the provider publishes (SSO-003): public members only, one entry per published key. */
public final class Jwks {
  private final SigningKeyRing ring;

  public Jwks(SigningKeyRing ring) {
    this.ring = ring;
  }

  public JWKSet publicSet() {
    List<JWK> keys = new ArrayList<>(ring.publishedKeys());
    return new JWKSet(keys).toPublicJWKSet();
  }

  /** The set as a JSON object ({@code {"keys": [...]}}), ready to serialise. */
  public Map<String, Object> toJsonObject() {
    return publicSet().toJSONObject(true);
  }

  /** The {@code max-age} to answer with, in seconds. */
  public long maxAgeSeconds() {
    return ring.policy().jwksMaxAge().getSeconds();
  }
}
