package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link AuthorizationCodeRepository} in memory, for tests. */
public final class InMemoryAuthorizationCodeRepository implements AuthorizationCodeRepository {
  private final Map<String, AuthorizationCodeRecord> codes = new ConcurrentHashMap<>();

  @Override
  public void save(AuthorizationCodeRecord code) {
    codes.put(code.codeHash(), code);
  }

  @Override
  public Optional<AuthorizationCodeRecord> find(String codeHash) {
    return Optional.ofNullable(codes.get(codeHash));
  }

  @Override
  public boolean markRedeemed(String codeHash, Instant at) {
    AtomicBoolean first = new AtomicBoolean(false);
    codes.computeIfPresent(codeHash, (hash, code) -> {
      if (code.isRedeemed()) {
        return code;
      }
      first.set(true);
      return new AuthorizationCodeRecord(code.codeHash(), code.grant(), code.redirectUri(), code.codeChallenge(),
          code.nonce(), code.issuedAt(), code.expiresAt(), at);
    });
    return first.get();
  }
}
