package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScopePolicyTest {
  private final ScopePolicy policy = new ScopePolicy();
  private final Client backend = TestClients.backend("{\"keys\":[]}");

  private static void assertInvalidScope(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.INVALID_SCOPE));
  }

  @Test
  @DisplayName("SSO-053: client_credentials without scope gets every registered scope")
  void clientCredentialsDefaultsToRegisteredScopes() {
    assertThat(policy.forClientCredentials(backend, Scopes.empty()).asString()).isEqualTo("officer agency.events");
  }

  @Test
  @DisplayName("SSO-053: client_credentials may narrow to a registered scope")
  void clientCredentialsMayNarrow() {
    assertThat(policy.forClientCredentials(backend, Scopes.parse("agency.events")).asString())
        .isEqualTo("agency.events");
  }

  @Test
  @DisplayName("SSO-053: client_credentials asking for openid or an unregistered scope is invalid_scope")
  void clientCredentialsRefusesOpenidAndUnregistered() {
    assertInvalidScope(() -> policy.forClientCredentials(backend, Scopes.parse("openid officer")));
    assertInvalidScope(() -> policy.forClientCredentials(backend, Scopes.parse("documents.read")));
  }

  @Test
  @DisplayName("SSO-042: a refresh asking for a wider scope is invalid_scope; a narrower one is kept")
  void refreshMayOnlyNarrow() {
    Scopes granted = Scopes.parse("openid profile offline_access");
    assertThat(policy.forRefresh(granted, Scopes.parse("openid"))).isEqualTo(Scopes.parse("openid"));
    assertThat(policy.forRefresh(granted, Scopes.empty())).isEqualTo(granted);
    assertInvalidScope(() -> policy.forRefresh(granted, Scopes.parse("openid email")));
  }

  @Test
  @DisplayName("SSO-040: a refresh token is issued only when offline_access was granted")
  void refreshTokenOnlyWithOfflineAccess() {
    assertThat(policy.issuesRefreshToken(Scopes.parse("openid offline_access"))).isTrue();
    assertThat(policy.issuesRefreshToken(Scopes.parse("openid profile"))).isFalse();
  }

  @Test
  @DisplayName("SSO-040: offline_access is invalid_scope for a client not registered for refresh tokens")
  void offlineAccessNeedsTheRefreshGrant() {
    assertInvalidScope(() -> policy.forAuthorization(TestClients.otherWeb(), Scopes.parse("openid offline_access")));
    assertThat(policy.forAuthorization(TestClients.web(), Scopes.parse("openid offline_access")).contains(
        Scopes.OFFLINE_ACCESS)).isTrue();
  }

  @Test
  @DisplayName("SSO-014: a malformed scope string is invalid_scope")
  void malformedScopeIsInvalid() {
    assertInvalidScope(() -> Scopes.parse("openid \"quoted\""));
  }
}
