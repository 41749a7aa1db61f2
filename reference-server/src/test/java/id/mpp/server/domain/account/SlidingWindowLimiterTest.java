package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

    @Test
    @DisplayName("events up to the limit are allowed and the next one waits until the oldest leaves the window")
    void theLimitIsASlidingWindow() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(10), 100, clock);
        limiter.record("k");
        clock.advance(Duration.ofMinutes(2));
        limiter.record("k");
        limiter.record("k");
        assertThat(limiter.check("k")).isEqualTo(ThrottleDecision.refuseFor(480));
        clock.advance(Duration.ofSeconds(479));
        assertThat(limiter.check("k").retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.check("k")).isEqualTo(ThrottleDecision.allow());
    }

    @Test
    @DisplayName("a part of a second still to wait is rounded up to a whole second")
    void partSecondsRoundUp() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofSeconds(10), 100, clock);
        limiter.record("k");
        clock.advance(Duration.ofMillis(9_001));
        assertThat(limiter.check("k").retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    @DisplayName("keys are counted apart, and reset forgets one key only")
    void keysAreApart() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofMinutes(1), 100, clock);
        limiter.record("a");
        limiter.record("b");
        limiter.reset("a");
        assertThat(limiter.check("a").allowed()).isTrue();
        assertThat(limiter.check("b").allowed()).isFalse();
    }

    @Test
    @DisplayName("memory is bounded: beyond the most keys the least recently used is forgotten")
    void theNumberOfKeysIsBounded() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofMinutes(1), 3, clock);
        for (int i = 0; i < 10; i++) {
            limiter.record("key-" + i);
        }
        assertThat(limiter.trackedKeys()).isEqualTo(3);
        assertThat(limiter.check("key-9").allowed()).isFalse();
        assertThat(limiter.check("key-0").allowed()).isTrue();
    }

    @Test
    @DisplayName("keys whose events have all left the window are dropped as the limiter is used")
    void expiredKeysAreDropped() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(5, Duration.ofMinutes(1), 1_000, clock);
        for (int i = 0; i < 5; i++) {
            limiter.record("old-" + i);
        }
        clock.advance(Duration.ofMinutes(2));
        limiter.record("new");
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }
}
