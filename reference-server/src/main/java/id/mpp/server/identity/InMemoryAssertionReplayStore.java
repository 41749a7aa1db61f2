package id.mpp.server.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AssertionReplayStore} in memory; forgets entries whose time has passed. */
public final class InMemoryAssertionReplayStore implements AssertionReplayStore {
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryAssertionReplayStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean firstUse(String clientId, String jti, Instant keepUntil) {
    Instant now = clock.instant();
    seen.values().removeIf(until -> until.isBefore(now));
    return seen.putIfAbsent(clientId + "\u0000" + jti, keepUntil) == null;
  }
}
