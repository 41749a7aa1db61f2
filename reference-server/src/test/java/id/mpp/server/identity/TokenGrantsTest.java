package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.AuthorizationCodeService;
import id.mpp.server.domain.oauth.AuthorizationRequest;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.InMemoryAuthorizationCodeRepository;
import id.mpp.server.domain.oauth.InMemoryRefreshTokenRepository;
import id.mpp.server.domain.oauth.InMemoryTokenRevocations;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.ScopePolicy;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.SequentialTokenGenerator;
import id.mpp.server.domain.oauth.SsoSession;
import id.mpp.server.domain.oauth.TestClients;
import id.mpp.server.identity.AccessTokenVerification.Rejected;
import id.mpp.server.identity.AccessTokenVerification.Verified;
import id.mpp.server.identity.TokenGrants.TokenForm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenGrantsTest {
  private static final String ISSUER = "https://mpp.banyumaskab.go.id";
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  private final MutableClock clock = MutableClock.atStart();
  private final SequentialTokenGenerator generator = new SequentialTokenGenerator();
  private final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
  private final SigningKeyRing ring = new SigningKeyRing(new InMemorySigningKeyStore(), KeyRotationPolicy.defaults(),
      TestKeys.factory(), generator, clock);
  private final TokenSettings settings = TokenSettings.of(ISSUER);
  private final AuthorizationCodeService codes = new AuthorizationCodeService(
      new InMemoryAuthorizationCodeRepository(), revocations, generator, clock);
  private final TokenGrants grants = new TokenGrants(codes,
      new RefreshTokenFamily(new InMemoryRefreshTokenRepository(), revocations, new ScopePolicy(), generator, clock,
          Duration.ofDays(30)),
      new ScopePolicy(), new TokenIssuer(ring, settings, revocations, generator, clock),
      subject -> subject.equals("usr_officer") ? Optional.of("33-02-disdukcapil") : Optional.empty());
  private final AccessTokenVerifier verifier = new AccessTokenVerifier(ring, settings, revocations, clock,
      Duration.ofSeconds(30));
  private final Client web = TestClients.web();
  private final SsoSession session = new SsoSession("ses_1", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2",
      Instant.parse("2026-11-29T07:59:00Z"), AcrValue.NIK);

  TokenGrantsTest() {
    ring.maintain();
  }

  private String code(String scope, SsoSession in) {
    AuthorizationRequest request = new AuthorizationRequest(web, TestClients.WEB_REDIRECT, Scopes.parse(scope), "s",
        "n-1", CHALLENGE, Set.of(), null, List.of(), List.of(), null);
    return codes.issue(request, in, request.scopes());
  }

  private TokenResponse redeem(String code) {
    return grants.grant(web, "authorization_code", new TokenForm(code, TestClients.WEB_REDIRECT, VERIFIER, null, null));
  }

  private static void assertOAuthError(Runnable call, OAuthErrorCode expected) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(expected));
  }

  @Test
  @DisplayName("SSO-034, SSO-040: a code with offline_access answers access, ID and refresh tokens")
  void codeAnswersAllTokens() throws Exception {
    TokenResponse response = redeem(code("openid profile offline_access", session));
    assertThat(response.tokenType()).isEqualTo("Bearer");
    assertThat(response.expiresIn()).isEqualTo(300);
    assertThat(response.refreshToken()).isNotNull();
    assertThat(response.scope()).isEqualTo("openid profile offline_access");
    JWTClaimsSet id = SignedJWT.parse(response.idToken()).getJWTClaimsSet();
    assertThat(id.getStringClaim("nonce")).isEqualTo("n-1");
    assertThat(id.getStringClaim("at_hash")).isEqualTo(TokenIssuer.atHash(response.accessToken()));
    assertThat(verifier.verify(response.accessToken())).isInstanceOf(Verified.class);
  }

  @Test
  @DisplayName("SSO-040: without offline_access no refresh token is issued")
  void noRefreshTokenWithoutOfflineAccess() {
    assertThat(redeem(code("openid profile", session)).refreshToken()).isNull();
  }

  @Test
  @DisplayName("SSO-030: a reused code is invalid_grant, and the first redemption's tokens are revoked")
  void reusedCodeRevokesItsTokens() {
    String code = code("openid offline_access", session);
    TokenResponse first = redeem(code);
    assertOAuthError(() -> redeem(code), OAuthErrorCode.INVALID_GRANT);
    assertThat(verifier.verify(first.accessToken())).isInstanceOf(Rejected.class);
    assertOAuthError(() -> grants.grant(web, "refresh_token",
        new TokenForm(null, null, null, first.refreshToken(), null)), OAuthErrorCode.INVALID_GRANT);
  }

  @Test
  @DisplayName("SSO-041: reuse of a rotated refresh token revokes the newest one and the family's access tokens")
  void refreshReuseRevokesTheFamily() throws Exception {
    TokenResponse first = redeem(code("openid offline_access", session));
    TokenForm useFirst = new TokenForm(null, null, null, first.refreshToken(), null);
    TokenResponse second = grants.grant(web, "refresh_token", useFirst);
    JWTClaimsSet id = SignedJWT.parse(second.idToken()).getJWTClaimsSet();
    assertThat(id.getClaims()).doesNotContainKey("nonce");
    assertThat(id.getLongClaim("auth_time")).isEqualTo(session.authTime().getEpochSecond());

    assertOAuthError(() -> grants.grant(web, "refresh_token", useFirst), OAuthErrorCode.INVALID_GRANT);

    assertOAuthError(() -> grants.grant(web, "refresh_token",
        new TokenForm(null, null, null, second.refreshToken(), null)), OAuthErrorCode.INVALID_GRANT);
    assertThat(verifier.verify(second.accessToken())).isInstanceOf(Rejected.class);
    assertThat(verifier.verify(first.accessToken())).isInstanceOf(Rejected.class);
  }

  @Test
  @DisplayName("SSO-042: a narrowed refresh answers an access token with the narrower scope")
  void narrowedRefresh() {
    TokenResponse first = redeem(code("openid profile offline_access", session));
    TokenResponse narrowed = grants.grant(web, "refresh_token",
        new TokenForm(null, null, null, first.refreshToken(), "profile"));
    assertThat(narrowed.scope()).isEqualTo("profile");
    assertThat(narrowed.idToken()).isNull();
  }

  @Test
  @DisplayName("SSO-052: a public client asking for client_credentials is unauthorized_client")
  void publicClientCannotUseClientCredentials() {
    assertOAuthError(() -> grants.grant(TestClients.cli(), "client_credentials",
        new TokenForm(null, null, null, null, null)), OAuthErrorCode.UNAUTHORIZED_CLIENT);
  }

  @Test
  @DisplayName("SSO-052: password and implicit are unsupported_grant_type")
  void unsupportedGrantTypes() {
    TokenForm empty = new TokenForm(null, null, null, null, null);
    assertOAuthError(() -> grants.grant(web, "password", empty), OAuthErrorCode.UNSUPPORTED_GRANT_TYPE);
    assertOAuthError(() -> grants.grant(web, "implicit", empty), OAuthErrorCode.UNSUPPORTED_GRANT_TYPE);
    assertOAuthError(() -> grants.grant(web, null, empty), OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-053: client_credentials answers only an access token with the registered scopes")
  void clientCredentialsAnswersOnlyAnAccessToken() {
    Client backend = TestClients.backend("{\"keys\":[]}");
    TokenResponse response = grants.grant(backend, "client_credentials", new TokenForm(null, null, null, null, null));
    assertThat(response.refreshToken()).isNull();
    assertThat(response.idToken()).isNull();
    assertThat(response.scope()).isEqualTo("officer agency.events");
    VerifiedAccessToken token = ((Verified) verifier.verify(response.accessToken())).token();
    assertThat(token.subject()).isEqualTo(backend.clientId());
    assertThat(token.agencyId()).isEqualTo("33-02-disdukcapil");
    assertThat(token.isAccountToken()).isFalse();
    assertOAuthError(() -> grants.grant(backend, "client_credentials",
        new TokenForm(null, null, null, null, "openid")), OAuthErrorCode.INVALID_SCOPE);
  }

  @Test
  @DisplayName("SSO-035: an officer's access token names the officer's agency")
  void officerTokenNamesTheAgency() {
    SsoSession officer = new SsoSession("ses_2", "usr_officer", session.authTime(), AcrValue.NIK);
    TokenResponse response = redeem(code("openid profile", officer));
    assertThat(((Verified) verifier.verify(response.accessToken())).token().agencyId())
        .isEqualTo("33-02-disdukcapil");
  }
}
