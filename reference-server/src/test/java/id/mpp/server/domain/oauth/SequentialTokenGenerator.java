package id.mpp.server.domain.oauth;

import java.util.concurrent.atomic.AtomicInteger;

/** Predictable, distinct tokens for tests. */
public final class SequentialTokenGenerator implements TokenGenerator {
  private final AtomicInteger next = new AtomicInteger();

  @Override
  public String newToken() {
    return String.format("tok%040d", next.incrementAndGet());
  }
}
