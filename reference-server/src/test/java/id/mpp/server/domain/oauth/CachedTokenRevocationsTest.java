package id.mpp.server.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CachedTokenRevocationsTest {
  private static final Instant EXPIRES = Instant.parse("2026-11-29T08:05:00Z");

  private final MutableClock clock = MutableClock.atStart();
  private final CountingRevocations store = new CountingRevocations();
  private final CachedTokenRevocations cached = new CachedTokenRevocations(store, Duration.ofSeconds(5), clock);

  @Test
  @DisplayName("A token's 'not revoked' answer is asked of the store once within the cache time")
  void notRevokedIsKeptForTheCacheTime() {
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    assertThat(store.accessTokenQuestions.get()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(5));
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    assertThat(store.accessTokenQuestions.get()).isEqualTo(2);
  }

  @Test
  @DisplayName("SSO-070: an access token revoked through this instance is refused at once")
  void accessTokenRevokedHereIsRefusedAtOnce() {
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    cached.revokeAccessToken("jti-1", EXPIRES);
    assertThat(cached.isAccessTokenRevoked("jti-1")).isTrue();
  }

  @Test
  @DisplayName("SSO-041: revoking a grant through this instance refuses its access tokens at once")
  void grantRevokedHereRefusesItsTokensAtOnce() {
    cached.recordAccessToken("jti-1", "grant-1", EXPIRES);
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    cached.revokeGrant("grant-1");
    assertThat(cached.isAccessTokenRevoked("jti-1")).isTrue();
  }

  @Test
  @DisplayName("A revocation written while the store answered 'not revoked' makes that answer stale")
  void revocationDuringAQuestionIsNotHidden() {
    cached.recordAccessToken("jti-1", "grant-1", EXPIRES);
    store.whileAnswering = () -> cached.revokeGrant("grant-1"); // another request revokes between read and answer
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    assertThat(cached.isAccessTokenRevoked("jti-1")).isTrue();
  }

  @Test
  @DisplayName("A revocation through another instance is seen once the cache time has passed")
  void revocationElsewhereIsSeenAfterTheCacheTime() {
    assertThat(cached.isAccessTokenRevoked("jti-1")).isFalse();
    store.revokeAccessToken("jti-1", EXPIRES); // straight into the shared database
    clock.advance(Duration.ofSeconds(5));
    assertThat(cached.isAccessTokenRevoked("jti-1")).isTrue();
  }

  @Test
  @DisplayName("A 'revoked' answer is kept: a revoked token stays revoked")
  void revokedIsKept() {
    store.revokeAccessToken("jti-1", EXPIRES);
    assertThat(cached.isAccessTokenRevoked("jti-1")).isTrue();
    clock.advance(Duration.ofMinutes(10));
    assertThat(cached.isAccessTokenRevoked("jti-1")).isTrue();
    assertThat(store.accessTokenQuestions.get()).isEqualTo(1);
  }

  @Test
  @DisplayName("With a cache time of zero every question goes to the store")
  void zeroAsksEveryTime() {
    CachedTokenRevocations uncached = new CachedTokenRevocations(store, Duration.ZERO, clock);
    uncached.isAccessTokenRevoked("jti-1");
    uncached.isAccessTokenRevoked("jti-1");
    assertThat(store.accessTokenQuestions.get()).isEqualTo(2);
  }

  /** Revocations in memory that count the questions about access tokens. */
  private static final class CountingRevocations implements TokenRevocations {
    private final InMemoryTokenRevocations revocations = new InMemoryTokenRevocations();
    final AtomicInteger accessTokenQuestions = new AtomicInteger();
    Runnable whileAnswering;

    @Override
    public void recordAccessToken(String jti, String grantId, Instant expiresAt) {
      revocations.recordAccessToken(jti, grantId, expiresAt);
    }

    @Override
    public void revokeAccessToken(String jti, Instant expiresAt) {
      revocations.revokeAccessToken(jti, expiresAt);
    }

    @Override
    public void revokeGrant(String grantId) {
      revocations.revokeGrant(grantId);
    }

    @Override
    public boolean isGrantRevoked(String grantId) {
      return revocations.isGrantRevoked(grantId);
    }

    @Override
    public boolean isAccessTokenRevoked(String jti) {
      accessTokenQuestions.incrementAndGet();
      boolean revoked = revocations.isAccessTokenRevoked(jti);
      Runnable during = whileAnswering;
      whileAnswering = null;
      if (during != null) {
        during.run();
      }
      return revoked;
    }
  }
}
