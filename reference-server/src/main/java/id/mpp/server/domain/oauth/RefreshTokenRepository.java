package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Optional;

/** Stores refresh tokens by hash; a rotated token is kept so that its reuse can be recognised. */
public interface RefreshTokenRepository {
  void save(RefreshTokenRecord token);

  Optional<RefreshTokenRecord> find(String tokenHash);

  /** Marks the token rotated, atomically: {@code true} only for the first caller. */
  boolean markRotated(String tokenHash, Instant at);
}
