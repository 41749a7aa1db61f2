package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Optional;

/** Stores authorization codes by hash. A redeemed code is kept, so that a second use can be recognised. */
public interface AuthorizationCodeRepository {
  void save(AuthorizationCodeRecord code);

  Optional<AuthorizationCodeRecord> find(String codeHash);

  /** Marks the code redeemed, atomically: {@code true} only for the first caller. */
  boolean markRedeemed(String codeHash, Instant at);
}
