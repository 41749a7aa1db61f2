package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.TestClients;
import id.mpp.server.identity.AccessTokenVerification.Rejected;
import id.mpp.server.identity.AccessTokenVerification.Verified;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenRevocationServiceTest {
  private final ProviderFixture provider = new ProviderFixture();
  private final TokenRevocationService service = new TokenRevocationService(provider.ring, provider.settings,
      provider.revocations, provider.refreshTokens);
  private final Grant grant = provider.grant("banyumas-layanan-web", "openid offline_access");

  @Test
  @DisplayName("SSO-070: revoking an access token refuses it afterwards")
  void revokingAnAccessToken() {
    String token = provider.issuer.issueAccessToken(grant, null).token();
    service.revoke(TestClients.web(), token);
    assertThat(provider.verifier.verify(token)).isInstanceOf(Rejected.class);
  }

  @Test
  @DisplayName("SSO-070: revoking a refresh token ends it and the access tokens of the same authorization")
  void revokingARefreshToken() {
    String refresh = provider.refreshTokens.start(grant);
    String access = provider.issuer.issueAccessToken(grant, null).token();
    service.revoke(TestClients.web(), refresh);
    assertThat(provider.verifier.verify(access)).isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> provider.refreshTokens.rotate(refresh, grant.clientId(), Scopes.empty()))
        .isInstanceOf(OAuthException.class);
  }

  @Test
  @DisplayName("SSO-071: revoking an unknown, malformed, expired or already revoked token is quiet")
  void revokingUnknownTokensIsQuiet() {
    String access = provider.issuer.issueAccessToken(grant, null).token();
    provider.clock.advance(Duration.ofHours(1));
    assertThatCode(() -> {
      service.revoke(TestClients.web(), "unknown");
      service.revoke(TestClients.web(), "a.b.c");
      service.revoke(TestClients.web(), access);
      service.revoke(TestClients.web(), access);
    }).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("SSO-072: revoking another client's access token is unauthorized_client and it stays valid")
  void revokingAnotherClientsAccessToken() {
    String token = provider.issuer.issueAccessToken(grant, null).token();
    assertThatThrownBy(() -> service.revoke(TestClients.otherWeb(), token))
        .isInstanceOfSatisfying(OAuthException.class,
            e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT));
    assertThat(provider.verifier.verify(token)).isInstanceOf(Verified.class);
  }

  @Test
  @DisplayName("SSO-072: revoking another client's refresh token is unauthorized_client")
  void revokingAnotherClientsRefreshToken() {
    String refresh = provider.refreshTokens.start(grant);
    assertThatThrownBy(() -> service.revoke(TestClients.otherWeb(), refresh))
        .isInstanceOfSatisfying(OAuthException.class,
            e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.UNAUTHORIZED_CLIENT));
  }
}
