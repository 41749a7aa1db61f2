package id.mpp.server.identity;

/**
 * A successful token response (RFC 6749 §5.1, the contract's {@code TokenResponse}).
 *
 * @param accessToken the RFC 9068 access token
 * @param expiresIn seconds until it expires ({@code exp - iat})
 * @param refreshToken the next refresh token, or {@code null}
 * @param idToken the ID token, or {@code null}
 * @param scope the granted scopes, space-separated
 */
public record TokenResponse(String accessToken, long expiresIn, String refreshToken, String idToken, String scope) {
  public static final String TOKEN_TYPE = "Bearer";

  public String tokenType() {
    return TOKEN_TYPE;
  }

  @Override
  public String toString() {
    return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + ", refreshToken="
        + (refreshToken != null) + ", idToken=" + (idToken != null) + "]";
  }
}
