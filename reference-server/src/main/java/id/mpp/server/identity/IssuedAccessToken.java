package id.mpp.server.identity;

import java.time.Instant;

/**
 * A signed access token and what the token response needs of it.
 *
 * @param token the compact JWT
 * @param jti its ID
 * @param kid the key that signed it
 * @param issuedAt its {@code iat}
 * @param expiresAt its {@code exp}
 */
public record IssuedAccessToken(String token, String jti, String kid, Instant issuedAt, Instant expiresAt) {
  /** {@code expires_in} of the token response: {@code exp - iat} (SSO-035). */
  public long expiresIn() {
    return expiresAt.getEpochSecond() - issuedAt.getEpochSecond();
  }

  @Override
  public String toString() {
    return "IssuedAccessToken[jti=" + jti + ", kid=" + kid + ", expiresAt=" + expiresAt + "]";
  }
}
