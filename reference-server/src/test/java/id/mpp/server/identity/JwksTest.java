package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.SequentialTokenGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JwksTest {
  private final MutableClock clock = MutableClock.atStart();
  private final SigningKeyRing ring = new SigningKeyRing(new InMemorySigningKeyStore(), KeyRotationPolicy.defaults(),
      TestKeys.factory(), new SequentialTokenGenerator(), clock);

  @Test
  @DisplayName("SSO-003: every key has a unique kid, kty RSA, use sig, alg RS256, n and e, and no private member")
  @SuppressWarnings("unchecked")
  void keysArePublicRs256SigningKeys() {
    ring.maintain();
    ring.rotate();
    Jwks jwks = new Jwks(ring);
    List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.toJsonObject().get("keys");
    assertThat(keys).hasSize(2);
    assertThat(keys).extracting(k -> k.get("kid")).doesNotHaveDuplicates();
    for (Map<String, Object> key : keys) {
      assertThat(key).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256")
          .containsKeys("n", "e", "kid").doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
      assertThat((String) key.get("n")).hasSizeGreaterThanOrEqualTo(342);
    }
    assertThat(jwks.maxAgeSeconds()).isLessThanOrEqualTo(3600);
  }
}
