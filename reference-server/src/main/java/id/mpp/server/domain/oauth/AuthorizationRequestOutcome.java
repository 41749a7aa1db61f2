package id.mpp.server.domain.oauth;

/**
 * What the authorization endpoint does with a request: go on with it, answer 400 itself because it cannot
 * safely redirect (SSO-011), or redirect an OAuth error to the client (SSO-010, SSO-013, SSO-014).
 */
public sealed interface AuthorizationRequestOutcome {

  /** Every check passed. */
  record Accepted(AuthorizationRequest request) implements AuthorizationRequestOutcome {}

  /**
   * The client or its redirect URI is not established: answered to the browser (400 {@code validation-error}
   * or an HTML page), never redirected.
   *
   * @param parameter {@code client_id} or {@code redirect_uri}
   * @param code {@code MISSING}, {@code REPEATED}, {@code UNKNOWN} (client) or {@code NOT_REGISTERED} (URI)
   * @param message an English explanation without personal data
   */
  record CannotRedirect(String parameter, String code, String message) implements AuthorizationRequestOutcome {}

  /** An OAuth error sent back to the client's redirect URI with {@code state} and {@code iss}. */
  record ErrorRedirect(String redirectUri, OAuthErrorCode error, String description, String state)
      implements AuthorizationRequestOutcome {}
}
