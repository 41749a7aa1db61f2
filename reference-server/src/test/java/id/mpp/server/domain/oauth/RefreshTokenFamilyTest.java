package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefreshTokenFamilyTest {
  private final MutableClock clock = MutableClock.atStart();
  private final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
  private final RefreshTokenFamily family = new RefreshTokenFamily(new InMemoryRefreshTokenRepository(),
      revocations, new ScopePolicy(), new SequentialTokenGenerator(), clock, Duration.ofDays(30));
  private final Grant grant = new Grant("grant-1", "banyumas-layanan-web", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2",
      "ses_1", Scopes.parse("openid profile offline_access"), Instant.parse("2026-11-29T07:59:00Z"), AcrValue.NIK);

  private static void assertOAuthError(Runnable call, OAuthErrorCode expected) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(expected));
  }

  @Test
  @DisplayName("SSO-040: using a refresh token answers a new one, and the used one is no longer accepted")
  void rotationAnswersANewToken() {
    String first = family.start(grant);
    RefreshTokenFamily.Rotation rotation = family.rotate(first, grant.clientId(), Scopes.empty());
    assertThat(rotation.refreshToken()).isNotEqualTo(first);
    assertThat(rotation.grant()).isEqualTo(grant);
    assertThat(family.rotate(rotation.refreshToken(), grant.clientId(), Scopes.empty())).isNotNull();
  }

  @Test
  @DisplayName("SSO-041: reusing a rotated refresh token is invalid_grant and revokes the whole family")
  void reuseRevokesTheFamily() {
    String first = family.start(grant);
    String second = family.rotate(first, grant.clientId(), Scopes.empty()).refreshToken();
    revocations.recordAccessToken("jti-2", grant.grantId(), clock.instant().plusSeconds(300));

    assertOAuthError(() -> family.rotate(first, grant.clientId(), Scopes.empty()), OAuthErrorCode.INVALID_GRANT);

    assertOAuthError(() -> family.rotate(second, grant.clientId(), Scopes.empty()), OAuthErrorCode.INVALID_GRANT);
    assertThat(revocations.isAccessTokenRevoked("jti-2")).isTrue();
  }

  @Test
  @DisplayName("SSO-042: a refresh token presented by another client is invalid_grant and stays valid for its own")
  void otherClientIsRefused() {
    String token = family.start(grant);
    assertOAuthError(() -> family.rotate(token, "purbalingga-web", Scopes.empty()), OAuthErrorCode.INVALID_GRANT);
    assertThat(family.rotate(token, grant.clientId(), Scopes.empty())).isNotNull();
  }

  @Test
  @DisplayName("SSO-042: a wider scope is invalid_scope and leaves the refresh token valid")
  void widerScopeIsRefusedWithoutSpendingTheToken() {
    String token = family.start(grant);
    assertOAuthError(() -> family.rotate(token, grant.clientId(), Scopes.parse("openid email")),
        OAuthErrorCode.INVALID_SCOPE);
    assertThat(family.rotate(token, grant.clientId(), Scopes.parse("openid")).grant().scopes())
        .isEqualTo(Scopes.parse("openid"));
  }

  @Test
  @DisplayName("SSO-042: a narrowed refresh keeps the full grant for the next rotation")
  void narrowingDoesNotShrinkTheFamily() {
    String token = family.start(grant);
    String next = family.rotate(token, grant.clientId(), Scopes.parse("openid")).refreshToken();
    assertThat(family.rotate(next, grant.clientId(), Scopes.empty()).grant().scopes()).isEqualTo(grant.scopes());
  }

  @Test
  @DisplayName("SSO-040: a family cannot start without offline_access")
  void noRefreshTokenWithoutOfflineAccess() {
    assertThatThrownBy(() -> family.start(grant.withScopes(Scopes.parse("openid profile"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("SSO-070: revoking a refresh token ends it and the access tokens of its grant")
  void revocationEndsTheFamily() {
    String token = family.start(grant);
    revocations.recordAccessToken("jti-3", grant.grantId(), clock.instant().plusSeconds(300));
    assertThat(family.revoke(token, grant.clientId())).isTrue();
    assertOAuthError(() -> family.rotate(token, grant.clientId(), Scopes.empty()), OAuthErrorCode.INVALID_GRANT);
    assertThat(revocations.isAccessTokenRevoked("jti-3")).isTrue();
  }

  @Test
  @DisplayName("SSO-071: revoking an unknown refresh token changes nothing and is not an error")
  void revokingAnUnknownTokenIsQuiet() {
    assertThat(family.revoke("unknown", grant.clientId())).isFalse();
  }

  @Test
  @DisplayName("SSO-072: revoking another client's refresh token is unauthorized_client and leaves it valid")
  void revokingAnotherClientsTokenIsRefused() {
    String token = family.start(grant);
    assertOAuthError(() -> family.revoke(token, "purbalingga-web"), OAuthErrorCode.UNAUTHORIZED_CLIENT);
    assertThat(family.rotate(token, grant.clientId(), Scopes.empty())).isNotNull();
  }

  @Test
  @DisplayName("SSO-041: a family past its lifetime is invalid_grant")
  void expiredFamilyIsRefused() {
    String token = family.start(grant);
    clock.advance(Duration.ofDays(30));
    assertOAuthError(() -> family.rotate(token, grant.clientId(), Scopes.empty()), OAuthErrorCode.INVALID_GRANT);
  }
}
