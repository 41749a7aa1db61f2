package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientTest {
  @Test
  @DisplayName("SSO-052: a public client cannot be registered for client_credentials")
  void publicClientWithoutClientCredentials() {
    assertThatThrownBy(() -> new Client("c", "C", ClientType.PUBLIC, ClientAuthMethod.NONE,
        List.of("http://127.0.0.1/cb"), List.of(), Scopes.of("openid"),
        Set.of(GrantType.AUTHORIZATION_CODE, GrantType.CLIENT_CREDENTIALS), null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("SSO-052: a client authenticates with none exactly when it is public")
  void noneOnlyForPublic() {
    assertThatThrownBy(() -> new Client("c", "C", ClientType.CONFIDENTIAL, ClientAuthMethod.NONE,
        List.of("https://a.example/cb"), List.of(), Scopes.of("openid"), Set.of(GrantType.AUTHORIZATION_CODE),
        null, null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("SSO-051: a private_key_jwt client needs a registered JWK Set")
  void privateKeyJwtNeedsKeys() {
    assertThatThrownBy(() -> TestClients.backend(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("SSO-052: unsupported grant types such as password are unsupported_grant_type")
  void passwordGrantIsUnsupported() {
    assertThatThrownBy(() -> GrantType.parse("password")).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE));
    assertThat(GrantType.parse("refresh_token")).isEqualTo(GrantType.REFRESH_TOKEN);
  }

  @Test
  @DisplayName("SSO-091: post-logout redirect URIs are matched exactly")
  void postLogoutUrisAreExact() {
    Client web = TestClients.web();
    assertThat(web.hasPostLogoutRedirectUri("https://layanan.banyumaskab.go.id/")).isTrue();
    assertThat(web.hasPostLogoutRedirectUri("https://layanan.banyumaskab.go.id")).isFalse();
    assertThat(web.hasPostLogoutRedirectUri(null)).isFalse();
  }

  @Test
  @DisplayName("SSO-037: error codes map to the contract's problem types and statuses")
  void errorCodesMapToProblemTypes() {
    assertThat(OAuthErrorCode.INVALID_GRANT.problemType())
        .isEqualTo("https://mpp-digital.go.id/problems/oauth-invalid-grant");
    assertThat(OAuthErrorCode.UNSUPPORTED_GRANT_TYPE.problemType())
        .isEqualTo("https://mpp-digital.go.id/problems/oauth-unsupported-grant-type");
    assertThat(OAuthErrorCode.INVALID_CLIENT.httpStatus()).isEqualTo(401);
    assertThat(OAuthErrorCode.INVALID_SCOPE.httpStatus()).isEqualTo(400);
  }
}
