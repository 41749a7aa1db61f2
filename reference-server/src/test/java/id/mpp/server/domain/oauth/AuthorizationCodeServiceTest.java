package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthorizationCodeServiceTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  private final MutableClock clock = MutableClock.atStart();
  private final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
  private final AuthorizationCodeService codes = new AuthorizationCodeService(
      new InMemoryAuthorizationCodeRepository(), revocations, new SequentialTokenGenerator(), clock);
  private final SsoSession session = new SsoSession("ses_1", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2",
      Instant.parse("2026-11-29T07:59:00Z"), AcrValue.NIK);
  private final String clientId = TestClients.web().clientId();

  private String issue() {
    AuthorizationRequest request = new AuthorizationRequest(TestClients.web(), TestClients.WEB_REDIRECT,
        Scopes.parse("openid profile offline_access"), "s", "n-1", CHALLENGE, Set.of(), null, List.of(), List.of(),
        null);
    return codes.issue(request, session, request.scopes());
  }

  private static void assertOAuthError(Runnable call, OAuthErrorCode expected) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(OAuthException.class,
        e -> assertThat(e.error()).isEqualTo(expected));
  }

  @Test
  @DisplayName("SSO-034: a redeemed code answers its grant with nonce, auth_time, acr and session")
  void redeemingAnswersTheGrant() {
    AuthorizationCodeRecord record = codes.redeem(issue(), clientId, TestClients.WEB_REDIRECT, VERIFIER);
    assertThat(record.nonce()).isEqualTo("n-1");
    assertThat(record.grant().subject()).isEqualTo(session.subject());
    assertThat(record.grant().authTime()).isEqualTo(session.authTime());
    assertThat(record.grant().acr()).isEqualTo(AcrValue.NIK);
    assertThat(record.grant().sessionId()).isEqualTo("ses_1");
    assertThat(record.grant().scopes().asString()).isEqualTo("openid profile offline_access");
  }

  @Test
  @DisplayName("SSO-030: a second redemption is invalid_grant and revokes the tokens of the first")
  void reuseRevokesTheGrant() {
    String code = issue();
    Grant grant = codes.redeem(code, clientId, TestClients.WEB_REDIRECT, VERIFIER).grant();
    revocations.recordAccessToken("jti-1", grant.grantId(), clock.instant().plusSeconds(300));
    assertThat(revocations.isAccessTokenRevoked("jti-1")).isFalse();

    assertOAuthError(() -> codes.redeem(code, clientId, TestClients.WEB_REDIRECT, VERIFIER),
        OAuthErrorCode.INVALID_GRANT);

    assertThat(revocations.isGrantRevoked(grant.grantId())).isTrue();
    assertThat(revocations.isAccessTokenRevoked("jti-1")).isTrue();
  }

  @Test
  @DisplayName("SSO-031: a code redeemed more than 60 seconds after issue is invalid_grant")
  void expiredCodeIsRefused() {
    String code = issue();
    clock.advance(Duration.ofSeconds(61));
    assertOAuthError(() -> codes.redeem(code, clientId, TestClients.WEB_REDIRECT, VERIFIER),
        OAuthErrorCode.INVALID_GRANT);
  }

  @Test
  @DisplayName("SSO-031: a code redeemed at 60 seconds is still accepted")
  void codeAtSixtySecondsIsAccepted() {
    String code = issue();
    clock.advance(Duration.ofSeconds(60));
    assertThat(codes.redeem(code, clientId, TestClients.WEB_REDIRECT, VERIFIER)).isNotNull();
  }

  @Test
  @DisplayName("SSO-032: a code redeemed by another client is invalid_grant and stays usable by its own")
  void otherClientIsRefused() {
    String code = issue();
    assertOAuthError(() -> codes.redeem(code, "purbalingga-web", TestClients.WEB_REDIRECT, VERIFIER),
        OAuthErrorCode.INVALID_GRANT);
    assertThat(codes.redeem(code, clientId, TestClients.WEB_REDIRECT, VERIFIER)).isNotNull();
  }

  @Test
  @DisplayName("SSO-032: a code redeemed with another redirect_uri is invalid_grant")
  void otherRedirectUriIsRefused() {
    String code = issue();
    assertOAuthError(() -> codes.redeem(code, clientId, TestClients.WEB_REDIRECT + "/", VERIFIER),
        OAuthErrorCode.INVALID_GRANT);
  }

  @Test
  @DisplayName("SSO-033: a code redeemed without code_verifier is invalid_request")
  void missingVerifierIsInvalidRequest() {
    String code = issue();
    assertOAuthError(() -> codes.redeem(code, clientId, TestClients.WEB_REDIRECT, null),
        OAuthErrorCode.INVALID_REQUEST);
  }

  @Test
  @DisplayName("SSO-033: a code redeemed with a wrong code_verifier is invalid_grant")
  void wrongVerifierIsInvalidGrant() {
    String code = issue();
    assertOAuthError(() -> codes.redeem(code, clientId, TestClients.WEB_REDIRECT, VERIFIER.replace('d', 'D')),
        OAuthErrorCode.INVALID_GRANT);
  }

  @Test
  @DisplayName("SSO-033: a code redeemed with the challenge itself as verifier (plain PKCE) is invalid_grant")
  void plainVerifierIsInvalidGrant() {
    String code = issue();
    assertOAuthError(() -> codes.redeem(code, clientId, TestClients.WEB_REDIRECT, CHALLENGE),
        OAuthErrorCode.INVALID_GRANT);
  }

  @Test
  @DisplayName("SSO-030: an unknown code is invalid_grant")
  void unknownCodeIsRefused() {
    assertOAuthError(() -> codes.redeem("not-a-code", clientId, TestClients.WEB_REDIRECT, VERIFIER),
        OAuthErrorCode.INVALID_GRANT);
  }

  @Test
  @DisplayName("SSO-030: codes are stored only as hashes")
  void codesAreStoredHashed() {
    InMemoryAuthorizationCodeRepository repository = new InMemoryAuthorizationCodeRepository();
    AuthorizationCodeService service = new AuthorizationCodeService(repository, revocations,
        new SequentialTokenGenerator(), clock);
    AuthorizationRequest request = new AuthorizationRequest(TestClients.web(), TestClients.WEB_REDIRECT,
        Scopes.parse("openid"), null, null, CHALLENGE, Set.of(), null, List.of(), List.of(), null);
    String code = service.issue(request, session, request.scopes());
    assertThat(repository.find(code)).isEmpty();
    assertThat(repository.find(TokenHashes.hash(code))).isPresent();
  }
}
