package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SsoSessionPolicyTest {
  private final MutableClock clock = MutableClock.atStart();
  private final SsoSessionPolicy policy = new SsoSessionPolicy(clock);
  private final SsoSession session = new SsoSession("ses_1", "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2",
      clock.instant(), AcrValue.EMAIL);
  private final Scopes asked = Scopes.parse("openid profile");

  private AuthorizationRequest request(Set<Prompt> prompts, Integer maxAge, List<AcrValue> acr) {
    return new AuthorizationRequest(TestClients.web(), TestClients.WEB_REDIRECT, asked, "s", null,
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", prompts, maxAge, acr, List.of(), null);
  }

  private AuthorizationRequest plain() {
    return request(Set.of(), null, List.of());
  }

  @Test
  @DisplayName("SSO-015: prompt=none without a session redirects with login_required")
  void promptNoneWithoutSession() {
    assertThat(policy.decide(request(Set.of(Prompt.NONE), null, List.of()), null, Scopes.empty(), false))
        .isEqualTo(new SessionDecision.RedirectError(OAuthErrorCode.LOGIN_REQUIRED, "No active sign-in."));
  }

  @Test
  @DisplayName("SSO-015: prompt=none with a session but missing consent redirects with consent_required")
  void promptNoneWithoutConsent() {
    SessionDecision decision = policy.decide(request(Set.of(Prompt.NONE), null, List.of()), session,
        Scopes.parse("openid"), false);
    assertThat(decision).isInstanceOfSatisfying(SessionDecision.RedirectError.class,
        e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.CONSENT_REQUIRED));
  }

  @Test
  @DisplayName("SSO-015: prompt=none with a session and consent issues a code")
  void promptNoneWithSessionAndConsent() {
    assertThat(policy.decide(request(Set.of(Prompt.NONE), null, List.of()), session, asked, false))
        .isEqualTo(new SessionDecision.IssueCode(session));
  }

  @Test
  @DisplayName("SSO-017: a session and consent give a code without the login page (single sign-on)")
  void sessionGivesCodeWithoutLogin() {
    assertThat(policy.decide(plain(), session, asked, false)).isEqualTo(new SessionDecision.IssueCode(session));
  }

  @Test
  @DisplayName("SSO-017: a session without consent for the second client shows only the consent page")
  void secondClientSeesOnlyConsent() {
    assertThat(policy.decide(plain(), session, Scopes.parse("openid"), false))
        .isEqualTo(new SessionDecision.ShowConsent(Scopes.parse("profile")));
  }

  @Test
  @DisplayName("SSO-016: prompt=login shows the login page even with a session")
  void promptLoginShowsLogin() {
    assertThat(policy.decide(request(Set.of(Prompt.LOGIN), null, List.of()), session, asked, false))
        .isInstanceOf(SessionDecision.ShowLogin.class);
  }

  @Test
  @DisplayName("SSO-016: after the login page was shown for the request, prompt=login is satisfied")
  void promptLoginSatisfiedAfterLogin() {
    assertThat(policy.decide(request(Set.of(Prompt.LOGIN), null, List.of()), session, asked, true))
        .isInstanceOf(SessionDecision.IssueCode.class);
  }

  @Test
  @DisplayName("SSO-016: max_age=0 shows the login page")
  void maxAgeZeroShowsLogin() {
    assertThat(policy.decide(request(Set.of(), 0, List.of()), session, asked, false))
        .isInstanceOf(SessionDecision.ShowLogin.class);
  }

  @Test
  @DisplayName("SSO-016: max_age smaller than the time since the last login shows the login page")
  void oldSessionShowsLogin() {
    clock.advance(Duration.ofSeconds(901));
    assertThat(policy.decide(request(Set.of(), 900, List.of()), session, asked, false))
        .isInstanceOf(SessionDecision.ShowLogin.class);
  }

  @Test
  @DisplayName("SSO-016: max_age not yet exceeded keeps the session")
  void recentSessionIsKept() {
    clock.advance(Duration.ofSeconds(900));
    assertThat(policy.decide(request(Set.of(), 900, List.of()), session, asked, false))
        .isInstanceOf(SessionDecision.IssueCode.class);
  }

  @Test
  @DisplayName("SSO-015: prompt=none with an exceeded max_age redirects with login_required")
  void promptNoneWithOldSession() {
    clock.advance(Duration.ofSeconds(61));
    assertThat(policy.decide(request(Set.of(Prompt.NONE), 60, List.of()), session, asked, false))
        .isInstanceOfSatisfying(SessionDecision.RedirectError.class,
            e -> assertThat(e.error()).isEqualTo(OAuthErrorCode.LOGIN_REQUIRED));
  }

  @Test
  @DisplayName("SSO-020: acr_values above the session's level show the login page to offer the raising steps")
  void higherAcrShowsLogin() {
    assertThat(policy.decide(request(Set.of(), null, List.of(AcrValue.NIK)), session, asked, false))
        .isInstanceOf(SessionDecision.ShowLogin.class);
    assertThat(policy.decide(request(Set.of(), null, List.of(AcrValue.EMAIL)), session, asked, false))
        .isInstanceOf(SessionDecision.IssueCode.class);
  }

  @Test
  @DisplayName("SSO-018: prompt=consent shows the consent page for every scope, granted ones included")
  void promptConsentShowsConsent() {
    assertThat(policy.decide(request(Set.of(Prompt.CONSENT), null, List.of()), session, asked, false))
        .isEqualTo(new SessionDecision.ShowConsent(asked));
  }
}
