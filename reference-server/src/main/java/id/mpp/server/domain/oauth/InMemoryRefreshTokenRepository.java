package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link RefreshTokenRepository} in memory, for tests. */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  private final Map<String, RefreshTokenRecord> tokens = new ConcurrentHashMap<>();

  @Override
  public void save(RefreshTokenRecord token) {
    tokens.put(token.tokenHash(), token);
  }

  @Override
  public Optional<RefreshTokenRecord> find(String tokenHash) {
    return Optional.ofNullable(tokens.get(tokenHash));
  }

  @Override
  public boolean markRotated(String tokenHash, Instant at) {
    AtomicBoolean first = new AtomicBoolean(false);
    tokens.computeIfPresent(tokenHash, (hash, token) -> {
      if (token.isRotated()) {
        return token;
      }
      first.set(true);
      return new RefreshTokenRecord(token.tokenHash(), token.grant(), token.issuedAt(), token.familyExpiresAt(), at);
    });
    return first.get();
  }
}
