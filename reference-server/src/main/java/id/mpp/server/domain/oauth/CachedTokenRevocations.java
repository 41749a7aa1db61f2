package id.mpp.server.domain.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Revocations with the answers about access tokens kept for a while (issue 9): every authenticated request asks
 * whether its token was revoked, and a burst of requests with one token should not ask the database each time.
 *
 * <p>A "revoked" answer is kept until the cache fills (a revocation is never undone). A "not revoked" answer is
 * kept for {@code notRevokedFor} at most, and no longer than the next revocation made through this instance: every
 * revocation here, once written, makes the answers kept before it stale, so this instance refuses a token it revoked
 * at once (SSO-041, SSO-060, SSO-070). A revocation made through another instance of the same database is seen here
 * within {@code notRevokedFor}: that is the staleness a deployment accepts when it sets more than zero while several
 * instances share one database. With zero, every question goes to the store.
 */
public final class CachedTokenRevocations implements TokenRevocations {
  static final int MAX_ENTRIES = 50_000;

  private final TokenRevocations store;
  private final Duration notRevokedFor;
  private final Clock clock;
  private final AtomicLong revocationsHere = new AtomicLong();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  /** An answer of the store, given when {@code revocationsHere} stood at {@code epoch}. */
  private record Answer(boolean revoked, Instant keptUntil, long epoch) {
  }

  public CachedTokenRevocations(TokenRevocations store, Duration notRevokedFor, Clock clock) {
    if (notRevokedFor.isNegative()) {
      throw new IllegalArgumentException("A cache time is zero or more: " + notRevokedFor);
    }
    this.store = store;
    this.notRevokedFor = notRevokedFor;
    this.clock = clock;
  }

  @Override
  public void recordAccessToken(String jti, String grantId, Instant expiresAt) {
    store.recordAccessToken(jti, grantId, expiresAt);
  }

  @Override
  public void revokeAccessToken(String jti, Instant expiresAt) {
    store.revokeAccessToken(jti, expiresAt);
    revocationsHere.incrementAndGet();
  }

  @Override
  public void revokeGrant(String grantId) {
    store.revokeGrant(grantId);
    revocationsHere.incrementAndGet();
  }

  @Override
  public boolean isGrantRevoked(String grantId) {
    return store.isGrantRevoked(grantId);
  }

  @Override
  public boolean isAccessTokenRevoked(String jti) {
    if (notRevokedFor.isZero()) {
      return store.isAccessTokenRevoked(jti);
    }
    // Read before asking the store: a revocation written while the store answers makes this answer stale.
    long epoch = revocationsHere.get();
    Instant now = clock.instant();
    Answer known = answers.get(jti);
    if (known != null && (known.revoked() || known.epoch() == epoch && now.isBefore(known.keptUntil()))) {
      return known.revoked();
    }
    boolean revoked = store.isAccessTokenRevoked(jti);
    if (answers.size() >= MAX_ENTRIES) {
      answers.clear();
    }
    answers.put(jti, new Answer(revoked, now.plus(notRevokedFor), epoch));
    return revoked;
  }
}
