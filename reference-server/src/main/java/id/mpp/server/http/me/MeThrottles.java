package id.mpp.server.http.me;

import id.mpp.server.domain.account.SlidingWindowLimiter;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The limits of the own-account operations (accounts.yaml): 5 wrong current passwords in 15 minutes, 3 registry
 * checks per account in 24 hours; beyond them {@code 429} with {@code Retry-After}. Kept in memory per instance.
 */
@Singleton
final class MeThrottles {
    private static final int MAX_KEYS = 100_000;

    private final SlidingWindowLimiter passwordAttempts;
    private final SlidingWindowLimiter nikChecks;

    MeThrottles(Clock clock) {
        this.passwordAttempts = new SlidingWindowLimiter(5, Duration.ofMinutes(15), MAX_KEYS, clock);
        this.nikChecks = new SlidingWindowLimiter(3, Duration.ofHours(24), MAX_KEYS, clock);
    }

    SlidingWindowLimiter passwordAttempts() {
        return passwordAttempts;
    }

    SlidingWindowLimiter nikChecks() {
        return nikChecks;
    }
}
