package id.mpp.server.domain.oauth;

/**
 * The OAuth and OpenID Connect error codes the provider answers (RFC 6749 §4.1.2.1 and §5.2, RFC 7009,
 * OpenID Connect Core §3.1.2.6), with the contract's problem type for those of the token endpoint.
 */
public enum OAuthErrorCode {
  INVALID_REQUEST("invalid_request"),
  INVALID_CLIENT("invalid_client"),
  INVALID_GRANT("invalid_grant"),
  UNAUTHORIZED_CLIENT("unauthorized_client"),
  UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"),
  INVALID_SCOPE("invalid_scope"),
  UNSUPPORTED_TOKEN_TYPE("unsupported_token_type"),
  UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type"),
  ACCESS_DENIED("access_denied"),
  LOGIN_REQUIRED("login_required"),
  CONSENT_REQUIRED("consent_required"),
  INTERACTION_REQUIRED("interaction_required"),
  SERVER_ERROR("server_error"),
  TEMPORARILY_UNAVAILABLE("temporarily_unavailable");

  private static final String PROBLEM_BASE = "https://mpp-digital.go.id/problems/oauth-";

  private final String code;

  OAuthErrorCode(String code) {
    this.code = code;
  }

  /** The wire value, for example {@code invalid_grant}. */
  public String code() {
    return code;
  }

  /** The contract's problem type (SSO-037): {@code oauth-} and the code with hyphens. */
  public String problemType() {
    return PROBLEM_BASE + code.replace('_', '-');
  }

  /** The HTTP status of this error at the token, revocation and introspection endpoints (SSO-037). */
  public int httpStatus() {
    return this == INVALID_CLIENT ? 401 : 400;
  }
}
