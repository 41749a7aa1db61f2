package id.mpp.server.domain.oauth;

/** What the authorization endpoint does next for an accepted request and the browser's session. */
public sealed interface SessionDecision {

  /** Show the login page (200). */
  record ShowLogin() implements SessionDecision {}

  /** Show the consent page for the scopes not yet granted, or all of them with {@code prompt=consent}. */
  record ShowConsent(Scopes toConsent) implements SessionDecision {}

  /** Redirect with a code issued under {@code session}. */
  record IssueCode(SsoSession session) implements SessionDecision {}

  /** Redirect with an error ({@code login_required}, {@code consent_required}); never a page. */
  record RedirectError(OAuthErrorCode error, String description) implements SessionDecision {}
}
