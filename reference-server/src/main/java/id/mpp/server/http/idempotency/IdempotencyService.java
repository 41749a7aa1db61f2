package id.mpp.server.http.idempotency;

import id.mpp.server.storage.idempotency.IdempotencyRecord;
import id.mpp.server.storage.idempotency.JdbcIdempotencyStore;
import id.mpp.server.storage.idempotency.StoredResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of idempotency keys (GEN-009 to GEN-013, after the IETF draft and Stripe): the first request with a key
 * takes it; a later one with the same fingerprint gets the stored answer, or 409 while the first still runs; one
 * with another fingerprint or operation gets 422. A key is kept for the configured retention (at least 24 hours)
 * and forgotten after it; a request that holds a key past the in-flight timeout counts as abandoned.
 */
@Singleton
class IdempotencyService {

    private static final int ATTEMPTS = 3;

    private final JdbcIdempotencyStore store;
    private final IdempotencyConfiguration configuration;
    private final Clock clock;

    IdempotencyService(JdbcIdempotencyStore store, IdempotencyConfiguration configuration, Clock clock) {
        this.store = store;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Takes the key for this request, or says why it cannot run. */
    IdempotencyDecision begin(String scope, String key, String operation, String fingerprint) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            store.forgetIfStale(scope, key, now);
            if (store.tryStart(scope, key, operation, fingerprint, now, now.plus(configuration.getInFlightTimeout()),
                    now.plus(configuration.getRetention()))) {
                return new IdempotencyDecision.Proceed();
            }
            Optional<IdempotencyRecord> existing = store.find(scope, key);
            if (existing.isEmpty()) {
                continue; // freed between the two statements: try to take it again
            }
            IdempotencyRecord record = existing.get();
            if (!record.operation().equals(operation) || !record.fingerprint().equals(fingerprint)) {
                return new IdempotencyDecision.Reused();
            }
            return record.state() == IdempotencyRecord.State.IN_FLIGHT
                    ? new IdempotencyDecision.InUse()
                    : new IdempotencyDecision.Replay(record.response());
        }
        return new IdempotencyDecision.InUse();
    }

    /** Stores the answer of the request holding the key. */
    void complete(String scope, String key, StoredResponse response) {
        store.complete(scope, key, response);
    }

    /** Frees the key: the request answered nothing worth replaying, so a retry runs again. */
    void release(String scope, String key) {
        store.release(scope, key);
    }
}
