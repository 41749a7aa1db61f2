package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final RegistrationThrottle throttle = new RegistrationThrottle(clock);

    @Test
    @DisplayName("ACC-005 the 6th registration from one address within an hour waits, with the seconds to wait")
    void fiveAttemptsPerAddressPerHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAcquire("198.51.100.4", "330201670895000" + (i + 1)).allowed()).isTrue();
        }
        ThrottleDecision sixth = throttle.tryAcquire("198.51.100.4", "3302016708950009");
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfterSeconds()).isEqualTo(3600);
        assertThat(throttle.tryAcquire("198.51.100.5", "3302016708950009").allowed()).isTrue();
    }

    @Test
    @DisplayName("ACC-005 the 6th registration for one NIK within an hour waits, whatever the address")
    void fiveAttemptsPerNikPerHour() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAcquire("10.0.0." + i, "3302016708950003");
        }
        assertThat(throttle.tryAcquire("10.0.1.1", "3302016708950003").allowed()).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.tryAcquire("10.0.1.1", "3302016708950003").allowed()).isTrue();
    }

    @Test
    @DisplayName("ACC-005 a refused attempt is not counted, so waiting out the window is enough")
    void refusedAttemptsDoNotCount() {
        RegistrationThrottle strict = new RegistrationThrottle(clock, 1, 5, Duration.ofMinutes(10), 100);
        strict.tryAcquire("10.0.0.1", null);
        clock.advance(Duration.ofMinutes(9));
        assertThat(strict.tryAcquire("10.0.0.1", null).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(strict.tryAcquire("10.0.0.1", null).allowed()).isTrue();
    }
}
