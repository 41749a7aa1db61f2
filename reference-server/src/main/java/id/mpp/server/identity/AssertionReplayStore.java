package id.mpp.server.identity;

import java.time.Instant;

/** Remembers the {@code jti} of client assertions until they expire, so none is accepted twice (SSO-051). */
public interface AssertionReplayStore {
  /** Records {@code jti} of {@code clientId} until {@code keepUntil}; {@code false} when it was already seen. */
  boolean firstUse(String clientId, String jti, Instant keepUntil);
}
