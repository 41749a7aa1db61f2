package id.mpp.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import id.mpp.server.domain.oauth.MutableClock;
import id.mpp.server.domain.oauth.SequentialTokenGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {
  private final MutableClock clock = MutableClock.atStart();
  private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  private final KeyRotationPolicy policy = KeyRotationPolicy.defaults();
  private final SigningKeyRing ring = new SigningKeyRing(store, policy, TestKeys.factory(),
      new SequentialTokenGenerator(), clock);

  private List<String> publishedKids() {
    return ring.publishedKeys().stream().map(RSAKey::getKeyID).toList();
  }

  @Test
  @DisplayName("SSO-004: the first key of a deployment is published and signs at once")
  void firstKeySignsAtOnce() {
    ring.maintain();
    assertThat(publishedKids()).containsExactly(ring.signingKey().getKeyID());
    assertThat(ring.signingKey().size()).isGreaterThanOrEqualTo(2048);
    assertThat(store.loadAll()).hasSize(1);
  }

  @Test
  @DisplayName("SSO-004: at start-up the first key is made off the caller's thread, and signing waits for it")
  void startMaintainingMakesTheFirstKeyInTheBackground() throws Exception {
    List<Runnable> pending = new ArrayList<>();
    CompletableFuture<Void> first = ring.startMaintaining(pending::add);
    assertThat(store.loadAll()).isEmpty();
    assertThat(ring.publishedKey("mpp-sso-unknown")).isEmpty();

    CompletableFuture<RSAKey> signing = CompletableFuture.supplyAsync(ring::signingKey);
    CompletableFuture<List<String>> published = CompletableFuture.supplyAsync(this::publishedKids);
    assertThat(signing).isNotDone();
    assertThat(published).isNotDone();

    pending.forEach(Runnable::run);
    assertThat(first).isCompleted();
    String kid = store.loadAll().get(0).kid();
    assertThat(signing.get(10, TimeUnit.SECONDS).getKeyID()).isEqualTo(kid);
    assertThat(published.get(10, TimeUnit.SECONDS)).containsExactly(kid);
  }

  @Test
  @DisplayName("SSO-004: keys already stored sign at once on a restart, without waiting for the maintenance")
  void storedKeysSignBeforeTheMaintenanceRuns() {
    ring.maintain();
    String kid = ring.signingKey().getKeyID();
    SigningKeyRing restarted = new SigningKeyRing(store, policy, TestKeys.factory(), new SequentialTokenGenerator(),
        clock);

    restarted.startMaintaining(task -> { }); // never runs

    assertThat(restarted.signingKey().getKeyID()).isEqualTo(kid);
    assertThat(restarted.publishedKeys()).extracting(RSAKey::getKeyID).containsExactly(kid);
  }

  @Test
  @DisplayName("SSO-004: a first maintenance that failed is run again by the first request that needs a key")
  void failedFirstMaintenanceIsRetried() {
    AtomicInteger attempts = new AtomicInteger();
    RsaKeyFactory failingOnce = kid -> {
      if (attempts.getAndIncrement() == 0) {
        throw new IllegalStateException("entropy ran out");
      }
      return TestKeys.factory().generate(kid);
    };
    SigningKeyRing fresh = new SigningKeyRing(store, policy, failingOnce, new SequentialTokenGenerator(), clock);

    assertThat(fresh.startMaintaining(Runnable::run)).isCompletedExceptionally();

    assertThat(fresh.signingKey().getKeyID()).isEqualTo(store.loadAll().get(0).kid());
    assertThat(attempts).hasValue(2);
  }

  @Test
  @DisplayName("SSO-005: a new key is published 24 hours before it signs")
  void newKeyIsPublishedBeforeItSigns() {
    ring.maintain();
    String first = ring.signingKey().getKeyID();
    String next = ring.rotate();

    assertThat(publishedKids()).containsExactlyInAnyOrder(first, next);
    assertThat(ring.signingKey().getKeyID()).isEqualTo(first);

    clock.advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(ring.signingKey().getKeyID()).isEqualTo(first);

    clock.advance(Duration.ofSeconds(1));
    assertThat(ring.signingKey().getKeyID()).isEqualTo(next);
  }

  @Test
  @DisplayName("SSO-005: a retired key stays published until its last token has expired, then is dropped")
  void retiredKeyIsKeptUntilItsTokensExpire() {
    ring.maintain();
    String first = ring.signingKey().getKeyID();
    String next = ring.rotate();
    clock.advance(Duration.ofHours(24));
    assertThat(ring.signingKey().getKeyID()).isEqualTo(next);

    clock.advance(policy.retention().minusSeconds(1));
    ring.maintain();
    assertThat(publishedKids()).containsExactlyInAnyOrder(first, next);
    assertThat(ring.publishedKey(first)).isPresent();

    clock.advance(Duration.ofSeconds(1));
    assertThat(publishedKids()).containsExactly(next);
    ring.maintain();
    assertThat(store.loadAll()).extracting(StoredSigningKey::kid).containsExactly(next);
  }

  @Test
  @DisplayName("SSO-005: maintenance schedules the successor a lead time before the rotation is due")
  void maintenanceRotatesOnSchedule() {
    ring.maintain();
    String first = ring.signingKey().getKeyID();
    clock.advance(policy.rotationPeriod().minus(policy.leadTime()).minusSeconds(1));
    ring.maintain();
    assertThat(publishedKids()).containsExactly(first);

    clock.advance(Duration.ofSeconds(1));
    ring.maintain();
    assertThat(publishedKids()).hasSize(2);
    assertThat(ring.signingKey().getKeyID()).isEqualTo(first);

    clock.advance(policy.leadTime());
    ring.maintain();
    assertThat(ring.signingKey().getKeyID()).isNotEqualTo(first);
    assertThat(publishedKids()).contains(first);
  }

  @Test
  @DisplayName("SSO-005: maintenance is idempotent and schedules one successor only")
  void maintenanceIsIdempotent() {
    ring.maintain();
    ring.maintain();
    assertThat(store.loadAll()).hasSize(1);
    clock.advance(policy.rotationPeriod());
    ring.maintain();
    ring.maintain();
    assertThat(store.loadAll()).hasSize(2);
  }

  @Test
  @DisplayName("SSO-005: a compromised key is removed at once and a new key signs")
  void compromisedKeyIsRemovedAtOnce() {
    ring.maintain();
    String first = ring.signingKey().getKeyID();
    ring.removeCompromised(first);
    assertThat(publishedKids()).doesNotContain(first).hasSize(1);
    assertThat(ring.signingKey().getKeyID()).isNotEqualTo(first);
  }

  @Test
  @DisplayName("SSO-005: keys persist: a second ring over the same store signs with the same key")
  void keysArePersisted() throws Exception {
    ring.maintain();
    SigningKeyRing restarted = new SigningKeyRing(store, policy, TestKeys.factory(), new SequentialTokenGenerator(),
        clock);
    restarted.maintain();
    assertThat(restarted.signingKey().getKeyID()).isEqualTo(ring.signingKey().getKeyID());
    assertThat(restarted.signingKey().toRSAPublicKey()).isEqualTo(ring.signingKey().toRSAPublicKey());
  }

  @Test
  @DisplayName("SSO-005: a lead time under 24 hours or under twice the JWK Set max-age is refused")
  void shortLeadTimeIsRefused() {
    assertThatThrownBy(() -> new KeyRotationPolicy(Duration.ofHours(23), Duration.ofDays(90),
        Duration.ofMinutes(5), Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyRotationPolicy(Duration.ofHours(24), Duration.ofDays(90),
        Duration.ofMinutes(5), Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("SSO-004: the ring refuses to sign before any key exists")
  void noKeyBeforeMaintenance() {
    assertThatThrownBy(ring::signingKey).isInstanceOf(IllegalStateException.class);
  }
}
