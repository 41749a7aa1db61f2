package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.TestClients;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenIntrospectionTest {
  private final ProviderFixture provider = new ProviderFixture();
  private final TokenIntrospection introspection = new TokenIntrospection(provider.verifier, provider.refreshTokens,
      provider.settings);
  private final Grant grant = provider.grant("banyumas-layanan-web", "openid nik offline_access");

  @Test
  @DisplayName("SSO-082: an active access token is described by its claims, never the NIK")
  void activeAccessToken() {
    IssuedAccessToken issued = provider.issuer.issueAccessToken(grant, null);
    Map<String, Object> answer = introspection.introspect(TestClients.web(), issued.token());
    assertThat(answer).containsEntry("active", true).containsEntry("client_id", "banyumas-layanan-web")
        .containsEntry("sub", grant.subject()).containsEntry("scope", "openid nik offline_access")
        .containsEntry("iss", ProviderFixture.ISSUER).containsEntry("aud", ProviderFixture.ISSUER + "/v1")
        .containsEntry("exp", issued.expiresAt().getEpochSecond())
        .containsEntry("iat", issued.issuedAt().getEpochSecond()).doesNotContainKey("nik");
  }

  @Test
  @DisplayName("SSO-081: an expired, revoked, unknown or another client's token is exactly active false")
  void inactiveTokens() {
    IssuedAccessToken issued = provider.issuer.issueAccessToken(grant, null);
    assertThat(introspection.introspect(TestClients.otherWeb(), issued.token())).containsExactly(
        Map.entry("active", false));
    assertThat(introspection.introspect(TestClients.web(), "unknown")).containsExactly(Map.entry("active", false));
    provider.revocations.revokeAccessToken(issued.jti(), issued.expiresAt());
    assertThat(introspection.introspect(TestClients.web(), issued.token())).containsExactly(
        Map.entry("active", false));
    IssuedAccessToken later = provider.issuer.issueAccessToken(grant, null);
    provider.clock.advance(Duration.ofHours(1));
    assertThat(introspection.introspect(TestClients.web(), later.token())).containsExactly(
        Map.entry("active", false));
  }

  @Test
  @DisplayName("SSO-082: an active refresh token of the caller is described; a rotated one is inactive")
  void refreshTokens() {
    String refresh = provider.refreshTokens.start(grant);
    assertThat(introspection.introspect(TestClients.web(), refresh)).containsEntry("active", true)
        .containsEntry("token_type", "refresh_token").doesNotContainKey("nik");
    assertThat(introspection.introspect(TestClients.otherWeb(), refresh)).containsExactly(
        Map.entry("active", false));
    provider.refreshTokens.rotate(refresh, grant.clientId(), id.mpp.server.domain.oauth.Scopes.empty());
    assertThat(introspection.introspect(TestClients.web(), refresh)).containsExactly(Map.entry("active", false));
  }

  @Test
  @DisplayName("SSO-080: a public client may not introspect")
  void publicClientIsRefused() {
    assertThatThrownBy(() -> introspection.introspect(TestClients.cli(), "anything"))
        .isInstanceOfSatisfying(OAuthException.class,
            e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.INVALID_CLIENT));
  }
}
