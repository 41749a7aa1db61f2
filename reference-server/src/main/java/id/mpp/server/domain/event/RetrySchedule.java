package id.mpp.server.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The contract's retry schedule (EVT-028): after a failed automatic attempt, the next one follows, counted from the
 * attempt's end, after 5 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each lengthened by a random 0 to 10 %,
 * and to a longer {@code Retry-After} of a 429 or 503 answer (at most 10 h); the 9th attempt is the last.
 */
public final class RetrySchedule {

    public static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10));
    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;
    private static final Duration LONGEST = Duration.ofHours(10);

    private RetrySchedule() {
    }

    /**
     * When the next automatic attempt is due after failed attempt number {@code attemptsMade} (from 1) that ended at
     * {@code endedAt}; empty when it was the last.
     *
     * @param jitter a random fraction in [0, 1): the delay is lengthened by {@code jitter * 10 %}
     * @param retryAfter the receiver's {@code Retry-After} of a 429 or 503 (null otherwise)
     */
    public static Optional<Instant> next(int attemptsMade, Instant endedAt, double jitter, Duration retryAfter) {
        if (attemptsMade >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration base = DELAYS.get(attemptsMade - 1);
        Duration delay = base.plusMillis((long) (base.toMillis() * 0.1 * Math.max(0, Math.min(jitter, 0.999999))));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(LONGEST) > 0 ? LONGEST : retryAfter;
        }
        return Optional.of(endedAt.plus(delay));
    }
}
