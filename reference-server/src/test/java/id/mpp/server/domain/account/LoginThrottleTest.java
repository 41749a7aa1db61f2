package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    @DisplayName("GEN-018 after 5 failures for an account in 15 minutes the 6th attempt waits, with the seconds to wait")
    void fiveFailuresPerAccountLockItForTheRestOfTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.check("usr_1", "10.0.0." + i).allowed()).isTrue();
            throttle.recordFailure("usr_1", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        ThrottleDecision decision = throttle.check("usr_1", "10.0.0.99");
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(10).toSeconds());
        assertThat(throttle.check("usr_2", "10.0.0.99").allowed()).isTrue();
    }

    @Test
    @DisplayName("the account may try again once its oldest failure is 15 minutes old")
    void theAccountIsFreeAfterTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("usr_1", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.check("usr_1", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    @DisplayName("after 20 failures from one address in 15 minutes, every account waits from that address")
    void twentyFailuresPerAddressLockTheAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("usr_" + i, "203.0.113.7");
        }
        assertThat(throttle.check("usr_new", "203.0.113.7").allowed()).isFalse();
        assertThat(throttle.check("usr_new", "203.0.113.8").allowed()).isTrue();
    }

    @Test
    @DisplayName("a successful sign-in clears the account's failures but not the address's")
    void successClearsTheAccountOnly() {
        LoginThrottle strict = new LoginThrottle(clock, 2, 3, Duration.ofMinutes(15), 1_000);
        strict.recordFailure("usr_1", "10.0.0.1");
        strict.recordFailure("usr_1", "10.0.0.1");
        assertThat(strict.check("usr_1", "10.0.0.2").allowed()).isFalse();
        strict.recordSuccess("usr_1");
        assertThat(strict.check("usr_1", "10.0.0.2").allowed()).isTrue();
        strict.recordFailure("usr_1", "10.0.0.1");
        assertThat(strict.check("usr_9", "10.0.0.1").allowed()).isFalse();
    }

    @Test
    @DisplayName("when both limits refuse, the longer wait is answered")
    void theLongerWaitWins() {
        LoginThrottle strict = new LoginThrottle(clock, 1, 1, Duration.ofMinutes(15), 1_000);
        strict.recordFailure("usr_1", "10.0.0.9");
        clock.advance(Duration.ofMinutes(5));
        strict.recordFailure("usr_2", "10.0.0.1");
        assertThat(strict.check("usr_1", "10.0.0.1").retryAfterSeconds()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(strict.check("usr_1", "10.0.0.2").retryAfterSeconds()).isEqualTo(Duration.ofMinutes(10).toSeconds());
    }
}
