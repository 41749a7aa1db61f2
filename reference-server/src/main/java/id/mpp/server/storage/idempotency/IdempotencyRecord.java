package id.mpp.server.storage.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * One idempotency key of one scope (a client and user, or an anonymous client address): the request it was first
 * used for (its operation and fingerprint), whether that request is still running, and once it finished, its
 * stored answer.
 *
 * @param scope the hash of the scope the key belongs to
 * @param key the {@code Idempotency-Key} as sent
 * @param operation method and path of the first request, as {@code POST /v1/accounts}
 * @param fingerprint SHA-256 (hex) of the first request's method, path and body
 * @param state {@code IN_FLIGHT} or {@code COMPLETED}
 * @param response the stored answer; {@code null} while in flight
 * @param createdAt when the key was first used
 * @param lockedUntil until when an in-flight request holds the key; after that it counts as abandoned
 * @param expiresAt when the key is forgotten
 */
public record IdempotencyRecord(String scope, String key, String operation, String fingerprint, State state,
        StoredResponse response, Instant createdAt, Instant lockedUntil, Instant expiresAt) {

    /** Where the first request with the key stands. */
    public enum State {
        IN_FLIGHT,
        COMPLETED
    }

    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if ((state == State.COMPLETED) != (response != null)) {
            throw new IllegalArgumentException("a response is stored exactly when the request completed");
        }
    }
}
