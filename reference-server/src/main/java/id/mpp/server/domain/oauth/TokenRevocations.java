package id.mpp.server.domain.oauth;

import java.time.Instant;

/**
 * Remembers revoked grants and access tokens, and which grant each access token came from, so that
 * revoking a grant also refuses its access tokens (SSO-030, SSO-041, SSO-060, SSO-070).
 */
public interface TokenRevocations {

  /** Records an issued access token; {@code grantId} is {@code null} for client credentials. */
  void recordAccessToken(String jti, String grantId, Instant expiresAt);

  /** Revokes one access token. */
  void revokeAccessToken(String jti, Instant expiresAt);

  /** Revokes a grant: its refresh-token family and every access token recorded for it. */
  void revokeGrant(String grantId);

  boolean isGrantRevoked(String grantId);

  /** Whether the access token was revoked, itself or through its grant. */
  boolean isAccessTokenRevoked(String jti);
}
