package id.mpp.server.domain.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides between the login page, the consent page, a code and an error for an accepted authorization
 * request (OpenID Connect Core §3.1.2.1, SSO-015, SSO-016, SSO-017, SSO-020).
 */
public final class SsoSessionPolicy {
  private final Clock clock;

  public SsoSessionPolicy(Clock clock) {
    this.clock = clock;
  }

  /**
   * Decides for a request.
   *
   * @param request the accepted request
   * @param session the browser's SSO session, or {@code null}
   * @param granted the scopes the account has already granted to the client
   * @param justAuthenticated whether {@code session} was created by a login for this very request (the
   *     login page was already shown, so {@code prompt=login} and {@code max_age} are satisfied)
   */
  public SessionDecision decide(AuthorizationRequest request, SsoSession session, Scopes granted,
      boolean justAuthenticated) {
    boolean silent = request.prompts().contains(Prompt.NONE);
    if (session == null) {
      return silent
          ? new SessionDecision.RedirectError(OAuthErrorCode.LOGIN_REQUIRED, "No active sign-in.")
          : new SessionDecision.ShowLogin();
    }
    if (!justAuthenticated && needsNewLogin(request, session)) {
      return silent
          ? new SessionDecision.RedirectError(OAuthErrorCode.LOGIN_REQUIRED, "A new sign-in is required.")
          : new SessionDecision.ShowLogin();
    }
    Scopes missing = request.scopes().minus(granted);
    if (request.prompts().contains(Prompt.CONSENT)) {
      return new SessionDecision.ShowConsent(request.scopes());
    }
    if (!missing.isEmpty()) {
      return silent
          ? new SessionDecision.RedirectError(OAuthErrorCode.CONSENT_REQUIRED, "Consent is required.")
          : new SessionDecision.ShowConsent(missing);
    }
    return new SessionDecision.IssueCode(session);
  }

  /**
   * Whether the session cannot serve the request without a new login: {@code prompt=login}, a
   * {@code max_age} smaller than the time since the last active login ({@code max_age=0} always), or
   * {@code acr_values} of which the session reached none (a page that offers the raising steps is shown;
   * the {@code acr} issued is still what the account reached, SSO-020).
   */
  public boolean needsNewLogin(AuthorizationRequest request, SsoSession session) {
    if (request.prompts().contains(Prompt.LOGIN)) {
      return true;
    }
    if (request.maxAge() != null) {
      Duration age = Duration.between(session.authTime(), Instant.now(clock));
      if (request.maxAge() == 0 || age.getSeconds() > request.maxAge()) {
        return true;
      }
    }
    if (!request.acrValues().isEmpty() && !request.prompts().contains(Prompt.NONE)) {
      return request.acrValues().stream().noneMatch(wanted -> session.acr().isAtLeast(wanted));
    }
    return false;
  }
}
