package id.mpp.server.storage.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the idempotency store must do on every database the server supports; each subclass names one. */
abstract class IdempotencyStoreContract {

    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    static final Instant LOCKED = NOW.plus(Duration.ofMinutes(5));
    static final Instant EXPIRES = NOW.plus(Duration.ofHours(24));

    @Inject
    JdbcIdempotencyStore store;

    private final String scope = "scope-" + UUID.randomUUID();

    @Test
    @DisplayName("GEN-011: the first request takes a key; a second attempt on the same key is refused")
    void firstUseWins() {
        assertThat(store.tryStart(scope, "k1", "POST /v1/accounts", "f1", NOW, LOCKED, EXPIRES)).isTrue();
        assertThat(store.tryStart(scope, "k1", "POST /v1/accounts", "f1", NOW, LOCKED, EXPIRES)).isFalse();
        assertThat(store.tryStart("other-" + scope, "k1", "POST /v1/accounts", "f1", NOW, LOCKED, EXPIRES)).isTrue();

        IdempotencyRecord record = store.find(scope, "k1").orElseThrow();
        assertThat(record.state()).isEqualTo(IdempotencyRecord.State.IN_FLIGHT);
        assertThat(record.response()).isNull();
        assertThat(record.createdAt()).isEqualTo(NOW);
        assertThat(record.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    @DisplayName("GEN-009: a completed key keeps the answer's status, headers and body bytes")
    void completedKeyKeepsTheAnswer() {
        store.tryStart(scope, "k2", "POST /v1/accounts", "f2", NOW, LOCKED, EXPIRES);
        byte[] body = "{\"id\":\"usr_1\",\"nama\":\"Siti\"}".getBytes(StandardCharsets.UTF_8);
        StoredResponse answer = new StoredResponse(201, "/v1/me", "\"1\"", "application/json", body);

        assertThat(store.complete(scope, "k2", answer)).isTrue();

        IdempotencyRecord record = store.find(scope, "k2").orElseThrow();
        assertThat(record.state()).isEqualTo(IdempotencyRecord.State.COMPLETED);
        assertThat(record.response()).isEqualTo(answer);
        assertThat(record.operation()).isEqualTo("POST /v1/accounts");
        assertThat(record.fingerprint()).isEqualTo("f2");
        assertThat(store.complete(scope, "k2", answer)).as("only an in-flight key completes").isFalse();
    }

    @Test
    @DisplayName("A released key is free again; a completed one is not released")
    void releaseFreesInFlightKeysOnly() {
        store.tryStart(scope, "k3", "POST /x", "f", NOW, LOCKED, EXPIRES);
        store.release(scope, "k3");
        assertThat(store.find(scope, "k3")).isEmpty();

        store.tryStart(scope, "k4", "POST /x", "f", NOW, LOCKED, EXPIRES);
        store.complete(scope, "k4", new StoredResponse(204, null, null, null, null));
        store.release(scope, "k4");
        assertThat(store.find(scope, "k4")).isPresent();
    }

    @Test
    @DisplayName("GEN-013: a key is stale only once expired, or once its in-flight lock has passed")
    void staleKeysAreForgotten() {
        store.tryStart(scope, "k5", "POST /x", "f", NOW, LOCKED, EXPIRES);
        assertThat(store.forgetIfStale(scope, "k5", NOW.plusSeconds(60))).isFalse();
        assertThat(store.forgetIfStale(scope, "k5", LOCKED)).as("abandoned in flight").isTrue();

        store.tryStart(scope, "k6", "POST /x", "f", NOW, LOCKED, EXPIRES);
        store.complete(scope, "k6", new StoredResponse(201, null, null, "application/json", new byte[] {'{', '}'}));
        assertThat(store.forgetIfStale(scope, "k6", EXPIRES.minusSeconds(1))).isFalse();
        assertThat(store.forgetIfStale(scope, "k6", EXPIRES)).isTrue();
    }

    @Test
    @DisplayName("GEN-013: the purge forgets expired keys and keeps the others")
    void purgeForgetsExpiredKeys() {
        store.tryStart(scope, "old", "POST /x", "f", NOW, LOCKED, NOW.plusSeconds(10));
        store.tryStart(scope, "new", "POST /x", "f", NOW, LOCKED, EXPIRES);

        assertThat(store.purgeExpired(NOW.plusSeconds(10))).isGreaterThanOrEqualTo(1);
        assertThat(store.find(scope, "old")).isEmpty();
        assertThat(store.find(scope, "new")).isPresent();
    }
}
