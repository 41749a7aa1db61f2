package id.mpp.server.storage.event;

import java.time.Instant;

/** One attempt of the delivery log (V14 {@code evt_attempt}); optional members are null when absent. */
public record StoredAttempt(String id, String subscriptionId, String eventId, String eventType, int attemptNumber,
        String trigger, Instant attemptedAt, int durationMs, Integer responseStatus, String outcome,
        String failureReason, Instant nextAttemptAt) {
}
