package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy exact = RetryPolicy.builder().maxAttempts(6).baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(500)).jitter(false).build();

    @Test
    void backoffDoublesFromTheBaseDelayUpToTheMaximum() {
        assertThat(exact.delayBeforeRetry(1, Optional.empty())).contains(Duration.ofMillis(100));
        assertThat(exact.delayBeforeRetry(2, Optional.empty())).contains(Duration.ofMillis(200));
        assertThat(exact.delayBeforeRetry(3, Optional.empty())).contains(Duration.ofMillis(400));
        assertThat(exact.delayBeforeRetry(4, Optional.empty())).contains(Duration.ofMillis(500));
        assertThat(exact.delayBeforeRetry(5, Optional.empty())).contains(Duration.ofMillis(500));
    }

    @Test
    void noRetryFollowsTheLastAttempt() {
        assertThat(exact.delayBeforeRetry(6, Optional.empty())).isEmpty();
        assertThat(RetryPolicy.none().delayBeforeRetry(1, Optional.empty())).isEmpty();
    }

    @Test
    void fullJitterDrawsBetweenZeroAndTheExponentialDelay() {
        long[] bounds = new long[1];
        RetryPolicy jittered = exact.toBuilder().jitter(true).random(new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                bounds[0] = bound;
                return bound - 1;
            }
        }).build();

        assertThat(jittered.delayBeforeRetry(3, Optional.empty())).contains(Duration.ofMillis(400));
        assertThat(bounds[0]).isEqualTo(401);
    }

    @Test
    void retryAfterIsHonouredUpToItsCap() {
        RetryPolicy policy = exact.toBuilder().maxRetryAfter(Duration.ofSeconds(30)).build();

        assertThat(policy.delayBeforeRetry(1, Optional.of(Duration.ofSeconds(30)))).contains(Duration.ofSeconds(30));
        assertThat(policy.delayBeforeRetry(1, Optional.of(Duration.ofSeconds(31)))).isEmpty();
    }

    @Test
    void onlyTimeoutsTooManyRequestsAndServerErrorsAreRetryableStatuses() {
        assertThat(exact.isRetryableStatus(408)).isTrue();
        assertThat(exact.isRetryableStatus(429)).isTrue();
        assertThat(exact.isRetryableStatus(500)).isTrue();
        assertThat(exact.isRetryableStatus(599)).isTrue();
        assertThat(exact.isRetryableStatus(400)).isFalse();
        assertThat(exact.isRetryableStatus(404)).isFalse();
        assertThat(exact.isRetryableStatus(409)).isFalse();
        assertThat(exact.isRetryableStatus(200)).isFalse();
    }

    @Test
    void connectionFailuresAndTimeoutsAreRetryableButAFailedHandshakeIsNot() {
        assertThat(exact.isRetryableFailure(new ConnectException("refused"))).isTrue();
        assertThat(exact.isRetryableFailure(new HttpConnectTimeoutException("connect"))).isTrue();
        assertThat(exact.isRetryableFailure(new HttpTimeoutException("request"))).isTrue();
        assertThat(exact.isRetryableFailure(new IOException("reset"))).isTrue();
        assertThat(exact.isRetryableFailure(new SSLHandshakeException("bad certificate"))).isFalse();
    }

    @Test
    void aPolicyWithoutAttemptsIsRefused() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
