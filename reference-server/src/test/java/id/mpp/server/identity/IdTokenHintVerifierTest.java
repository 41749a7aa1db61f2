package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdTokenHintVerifierTest {
  private final ProviderFixture provider = new ProviderFixture();
  private final IdTokenHintVerifier hints = new IdTokenHintVerifier(provider.ring, provider.settings);

  @Test
  @DisplayName("SSO-091: a hint issued by the provider names its subject, client and session")
  void validHint() {
    var grant = provider.grant("banyumas-layanan-web", "openid");
    String idToken = provider.issuer.issueIdToken(grant, null, "at");
    assertThat(hints.verify(idToken)).contains(new IdTokenHint(grant.subject(), "banyumas-layanan-web", "ses_1"));
  }

  @Test
  @DisplayName("SSO-092: an expired hint issued by the provider is still accepted")
  void expiredHintIsAccepted() {
    String idToken = provider.issuer.issueIdToken(provider.grant("banyumas-layanan-web", "openid"), null, "at");
    provider.clock.advance(Duration.ofHours(1));
    assertThat(hints.verify(idToken)).isPresent();
  }

  @Test
  @DisplayName("SSO-091: an access token, a tampered token or garbage is not a valid hint")
  void otherTokensAreNotHints() {
    String accessToken = provider.issuer.issueAccessToken(provider.grant("banyumas-layanan-web", "openid"), null)
        .token();
    assertThat(hints.verify(accessToken)).isEmpty();
    String idToken = provider.issuer.issueIdToken(provider.grant("banyumas-layanan-web", "openid"), null, "at");
    assertThat(hints.verify(idToken.substring(0, idToken.length() - 4) + "AAAA")).isEmpty();
    assertThat(hints.verify("garbage")).isEmpty();
    assertThat(hints.verify(null)).isEmpty();
  }
}
