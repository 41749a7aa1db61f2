package id.mpp.server.identity;

import com.nimbusds.jose.jwk.RSAKey;
import id.mpp.server.domain.oauth.TokenGenerator;
import id.mpp.server.domain.oauth.TokenHashes;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The provider's RS256 signing keys, persisted through a {@link SigningKeyStore} and rotated by the clock
 * (SSO-004, SSO-005): a new key is published {@code leadTime} before it signs; the key with the latest
 * activation not in the future signs; a key superseded by a later one stays published for
 * {@link KeyRotationPolicy#retention()} (every token it signed has expired and every cache has seen that),
 * then is deleted. Only a compromised key is removed at once.
 *
 * <p>The very first key of a deployment signs at once: no client can hold a cached JWK Set yet.
 */
public final class SigningKeyRing {
  private final SigningKeyStore store;
  private final KeyRotationPolicy policy;
  private final RsaKeyFactory keyFactory;
  private final TokenGenerator randomness;
  private final Clock clock;
  private final Map<String, RSAKey> parsed = new ConcurrentHashMap<>();
  private volatile List<StoredSigningKey> snapshot = List.of();
  private volatile CompletableFuture<Void> firstMaintenance = CompletableFuture.completedFuture(null);
  private volatile boolean stopped;

  public SigningKeyRing(SigningKeyStore store, KeyRotationPolicy policy, RsaKeyFactory keyFactory,
      TokenGenerator randomness, Clock clock) {
    this.store = store;
    this.policy = policy;
    this.keyFactory = keyFactory;
    this.randomness = randomness;
    this.clock = clock;
  }

  public KeyRotationPolicy policy() {
    return policy;
  }

  /**
   * Start-up: loads the stored keys at once and runs the first {@link #maintain()} on {@code executor}, so that a
   * new deployment's first key (a 2048-bit RSA key pair, about a quarter of a second of a cold start) is made
   * while the server finishes starting. Until that run ends, whoever finds no key waits for it:
   * {@link #signingKey()} when no stored key signs, {@link #publishedKeys()} when none is stored. Answers the run.
   */
  public CompletableFuture<Void> startMaintaining(Executor executor) {
    reload();
    CompletableFuture<Void> first = CompletableFuture.runAsync(this::maintain, executor);
    firstMaintenance = first;
    return first;
  }

  /** The server stops: a maintenance still running may now fail as the store closes, which is no error. */
  public void stop() {
    stopped = true;
  }

  public boolean isStopped() {
    return stopped;
  }

  /**
   * Brings the stored keys in line with the policy; call at start-up and periodically (idempotent). Creates
   * the first key, schedules a successor {@code leadTime} before the signing key's rotation is due, and
   * deletes retired keys whose retention has passed.
   */
  public synchronized void maintain() {
    Instant now = clock.instant();
    List<StoredSigningKey> keys = sorted(store.loadAll());
    Optional<StoredSigningKey> active = activeAmong(keys, now);
    if (active.isEmpty()) {
      StoredSigningKey pending = keys.stream().filter(k -> k.activateAt().isAfter(now)).findFirst().orElse(null);
      if (pending == null) {
        store.save(newKey(now, now));
      }
    } else {
      boolean successorScheduled = keys.stream().anyMatch(k -> k.activateAt().isAfter(now));
      Instant rotationDue = active.get().activateAt().plus(policy.rotationPeriod());
      if (!successorScheduled && !now.isBefore(rotationDue.minus(policy.leadTime()))) {
        Instant activateAt = rotationDue.isAfter(now.plus(policy.leadTime())) ? rotationDue
            : now.plus(policy.leadTime());
        store.save(newKey(now, activateAt));
      }
    }
    for (StoredSigningKey key : keys) {
      Optional<Instant> retired = retiredAt(key, keys, now);
      if (retired.isPresent() && !now.isBefore(retired.get().plus(policy.retention()))) {
        store.delete(key.kid());
        parsed.remove(key.kid());
      }
    }
    reload();
  }

  /**
   * Publishes a new key now that starts signing after the lead time, unless a successor is already
   * scheduled; answers the new (or scheduled) key's ID.
   */
  public synchronized String rotate() {
    Instant now = clock.instant();
    List<StoredSigningKey> keys = sorted(store.loadAll());
    Optional<StoredSigningKey> scheduled = keys.stream().filter(k -> k.activateAt().isAfter(now)).findFirst();
    if (scheduled.isPresent()) {
      return scheduled.get().kid();
    }
    StoredSigningKey key = newKey(now, now.plus(policy.leadTime()));
    store.save(key);
    reload();
    return key.kid();
  }

  /**
   * Removes a compromised key at once (the one exception to the retention, SSO-005). When it was the
   * signing key, a new key signs immediately: tokens cannot wait a day.
   */
  public synchronized void removeCompromised(String kid) {
    Instant now = clock.instant();
    List<StoredSigningKey> keys = sorted(store.loadAll());
    boolean wasActive = activeAmong(keys, now).map(k -> k.kid().equals(kid)).orElse(false);
    store.delete(kid);
    parsed.remove(kid);
    if (wasActive) {
      store.save(newKey(now, now));
    }
    reload();
  }

  /** The key that signs now. */
  public RSAKey signingKey() {
    Optional<StoredSigningKey> active = activeAmong(snapshot, clock.instant());
    if (active.isEmpty()) {
      awaitFirstMaintenance();
      active = activeAmong(snapshot, clock.instant());
    }
    return parse(active.orElseThrow(() -> new IllegalStateException("No signing key: call maintain() at start-up")));
  }

  /** The public halves of the keys published now: upcoming, signing and retained ones (SSO-003). */
  public List<RSAKey> publishedKeys() {
    if (snapshot.isEmpty()) {
      awaitFirstMaintenance();
    }
    Instant now = clock.instant();
    List<RSAKey> published = new ArrayList<>();
    for (StoredSigningKey key : snapshot) {
      if (isPublished(key, snapshot, now)) {
        published.add(parse(key).toPublicJWK());
      }
    }
    return published;
  }

  /**
   * The public key published now under {@code kid}, if any. Does not wait for the first maintenance: a key it
   * has yet to make cannot have signed anything.
   */
  public Optional<RSAKey> publishedKey(String kid) {
    Instant now = clock.instant();
    return snapshot.stream().filter(k -> k.kid().equals(kid) && isPublished(k, snapshot, now))
        .findFirst().map(k -> parse(k).toPublicJWK());
  }

  /** Re-reads the store, for instances that share it with the one that rotates. */
  public void reload() {
    snapshot = List.copyOf(sorted(store.loadAll()));
  }

  /** Waits for the first maintenance when it still runs; if it failed, runs it again here (and throws if so). */
  private void awaitFirstMaintenance() {
    CompletableFuture<Void> first = firstMaintenance;
    if (first.isDone() && !first.isCompletedExceptionally()) {
      return;
    }
    try {
      first.join();
    } catch (CompletionException failed) {
      maintain();
      firstMaintenance = CompletableFuture.completedFuture(null);
    }
  }

  private boolean isPublished(StoredSigningKey key, List<StoredSigningKey> keys, Instant now) {
    if (now.isBefore(key.publishAt())) {
      return false;
    }
    Optional<Instant> retired = retiredAt(key, keys, now);
    return retired.isEmpty() || now.isBefore(retired.get().plus(policy.retention()));
  }

  /** When a later key took over from {@code key}, if one has. */
  private static Optional<Instant> retiredAt(StoredSigningKey key, List<StoredSigningKey> keys, Instant now) {
    return keys.stream()
        .filter(k -> k.activateAt().isAfter(key.activateAt()) && !k.activateAt().isAfter(now))
        .map(StoredSigningKey::activateAt)
        .min(Comparator.naturalOrder());
  }

  private static Optional<StoredSigningKey> activeAmong(List<StoredSigningKey> keys, Instant now) {
    return keys.stream().filter(k -> !k.activateAt().isAfter(now))
        .max(Comparator.comparing(StoredSigningKey::activateAt).thenComparing(StoredSigningKey::kid));
  }

  private StoredSigningKey newKey(Instant publishAt, Instant activateAt) {
    String kid;
    do {
      kid = "mpp-sso-" + LocalDate.ofInstant(activateAt, ZoneOffset.UTC) + "-"
          + TokenHashes.hash(randomness.newToken()).substring(0, 12);
    } while (isKnownKid(kid));
    RSAKey key = keyFactory.generate(kid);
    if (key.size() < RsaKeyFactory.KEY_SIZE || !key.isPrivate() || !kid.equals(key.getKeyID())) {
      throw new IllegalStateException("A signing key is a private RSA key of at least 2048 bits with its kid");
    }
    return new StoredSigningKey(kid, key.toJSONString(), publishAt, activateAt);
  }

  private boolean isKnownKid(String kid) {
    return store.loadAll().stream().anyMatch(k -> k.kid().equals(kid));
  }

  private RSAKey parse(StoredSigningKey key) {
    return parsed.computeIfAbsent(key.kid(), kid -> {
      try {
        return RSAKey.parse(key.privateJwkJson());
      } catch (ParseException e) {
        throw new IllegalStateException("Stored signing key " + kid + " cannot be read", e);
      }
    });
  }

  private static List<StoredSigningKey> sorted(List<StoredSigningKey> keys) {
    List<StoredSigningKey> copy = new ArrayList<>(keys);
    copy.sort(Comparator.comparing(StoredSigningKey::activateAt).thenComparing(StoredSigningKey::kid));
    return copy;
  }
}
