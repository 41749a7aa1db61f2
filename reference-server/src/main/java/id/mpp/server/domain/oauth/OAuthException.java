package id.mpp.server.domain.oauth;

/**
 * A rule of the token, revocation or introspection endpoint refused the request; the HTTP layer answers it
 * as an {@code OAuthError} body (SSO-037). The description is printable ASCII without {@code "} and
 * {@code \} (RFC 6749 §5.2) and never contains a secret or a NIK.
 */
public final class OAuthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient OAuthErrorCode error;

  public OAuthException(OAuthErrorCode error, String description) {
    super(description);
    this.error = error;
  }

  public OAuthErrorCode error() {
    return error;
  }

  public String description() {
    return getMessage();
  }
}
