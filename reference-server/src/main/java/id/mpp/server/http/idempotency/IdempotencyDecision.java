package id.mpp.server.http.idempotency;

import id.mpp.server.storage.idempotency.StoredResponse;

/** What to do with a request that carries an idempotency key. */
sealed interface IdempotencyDecision {

    /** The key is new (or was freed): the request runs and holds the key until it answers. */
    record Proceed() implements IdempotencyDecision {
    }

    /** The same request already answered: replay its answer (GEN-009). */
    record Replay(StoredResponse response) implements IdempotencyDecision {
    }

    /** The first request with the key is still running: {@code 409 idempotency-key-in-use} (GEN-011). */
    record InUse() implements IdempotencyDecision {
    }

    /** The key was used for another request: {@code 422 idempotency-key-reused} (GEN-010). */
    record Reused() implements IdempotencyDecision {
    }
}
