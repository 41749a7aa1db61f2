package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TokenRevocations} in memory, for tests and a single instance. */
public final class InMemoryTokenRevocations implements TokenRevocations {
  private final Map<String, String> grantOfAccessToken = new ConcurrentHashMap<>();
  private final Set<String> revokedAccessTokens = ConcurrentHashMap.newKeySet();
  private final Set<String> revokedGrants = ConcurrentHashMap.newKeySet();

  @Override
  public void recordAccessToken(String jti, String grantId, Instant expiresAt) {
    if (grantId != null) {
      grantOfAccessToken.put(jti, grantId);
    }
  }

  @Override
  public void revokeAccessToken(String jti, Instant expiresAt) {
    revokedAccessTokens.add(jti);
  }

  @Override
  public void revokeGrant(String grantId) {
    revokedGrants.add(grantId);
  }

  @Override
  public boolean isGrantRevoked(String grantId) {
    return revokedGrants.contains(grantId);
  }

  @Override
  public boolean isAccessTokenRevoked(String jti) {
    if (revokedAccessTokens.contains(jti)) {
      return true;
    }
    String grantId = grantOfAccessToken.get(jti);
    return grantId != null && revokedGrants.contains(grantId);
  }
}
