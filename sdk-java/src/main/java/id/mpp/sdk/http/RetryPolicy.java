package id.mpp.sdk.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * When and how long the SDK waits before sending a failed request again.
 *
 * <p>The strategy, in full:
 * <ul>
 *   <li><b>What is retried:</b> a failure to get an answer at all (connection refused or reset, connect or
 *       request timeout; not a TLS handshake failure, which a retry cannot fix), and the statuses 408, 429 and
 *       5xx. Nothing else: a 4xx says the request itself is wrong.</li>
 *   <li><b>Which requests:</b> only requests that are safe to repeat: {@code GET}, {@code HEAD}, {@code PUT},
 *       {@code DELETE}, a {@code POST} that carries an {@code Idempotency-Key} (the SDK adds one to every
 *       {@code POST} unless told not to, and sends the same key on every attempt), and a {@code PATCH} that
 *       carries {@code If-Match} (a repeat of a change that was made fails its precondition instead of
 *       changing twice). A request sent as {@link ApiTransport.Retryability#ONCE} is never repeated.</li>
 *   <li><b>How often:</b> at most {@link #maxAttempts()} attempts in all, the first one included.</li>
 *   <li><b>How long to wait:</b> what the answer's {@code Retry-After} asks (seconds or an HTTP date), as long
 *       as it is at most {@link #maxRetryAfter()}; when it asks for more, the SDK gives up at once and throws,
 *       so the caller decides. Without {@code Retry-After}: exponential backoff with "full jitter", a random
 *       wait between zero and {@code min(maxDelay, baseDelay * 2^(retry - 1))}.</li>
 * </ul>
 * A {@code 401} is not part of this policy: the transport asks the credentials for a new token and sends the
 * request once more, outside the attempt count.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
public final class RetryPolicy {

    /** The default number of attempts, the first one included. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The default base of the exponential backoff. */
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(250);
    /** The default longest backoff. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
    /** The default longest {@code Retry-After} the SDK waits for. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final RandomGenerator THREAD_LOCAL_RANDOM = () -> ThreadLocalRandom.current().nextLong();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final boolean jitter;
    private final RandomGenerator random;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.jitter = builder.jitter;
        this.random = builder.random;
    }

    /** The default policy: 3 attempts, backoff from 250 ms up to 8 s with full jitter, Retry-After up to 60 s. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** A policy that never retries: every request is sent once. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** Starts building a policy from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy, to change a copy. */
    public Builder toBuilder() {
        return new Builder()
                .maxAttempts(maxAttempts)
                .baseDelay(baseDelay)
                .maxDelay(maxDelay)
                .maxRetryAfter(maxRetryAfter)
                .jitter(jitter)
                .random(random);
    }

    /** The most attempts of one request, the first one included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The backoff before the first retry, before jitter. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** The longest backoff, before jitter. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** The longest {@code Retry-After} the SDK waits for; a longer one ends the retries. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Whether backoffs are randomised between zero and their exponential value ("full jitter"). */
    public boolean jitter() {
        return jitter;
    }

    /** Whether an answer with this status may be retried: 408, 429 and 5xx. */
    public boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * Whether a failure to get an answer may be retried: any I/O failure or timeout ({@link
     * java.net.http.HttpConnectTimeoutException}, {@link java.net.http.HttpTimeoutException}), but not a failed TLS
     * handshake or an unverified server certificate, which a retry cannot fix.
     */
    public boolean isRetryableFailure(IOException failure) {
        return !(failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException);
    }

    /**
     * How long to wait before retry number {@code retry} (1 for the second attempt), or empty to stop.
     *
     * @param retryAfter what the answer's {@code Retry-After} asked for, if anything
     * @return empty when the attempts are used up or {@code retryAfter} exceeds {@link #maxRetryAfter()}
     */
    public Optional<Duration> delayBeforeRetry(int retry, Optional<Duration> retryAfter) {
        if (retry < 1 || retry >= maxAttempts) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(asked);
        }
        return Optional.of(backoff(retry));
    }

    private Duration backoff(int retry) {
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        long exponential = base;
        for (int i = 1; i < retry && exponential < cap; i++) {
            exponential *= 2;
        }
        exponential = Math.min(cap, exponential);
        long millis = jitter && exponential > 0 ? random.nextLong(exponential + 1) : exponential;
        return Duration.ofMillis(millis);
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {

        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration baseDelay = DEFAULT_BASE_DELAY;
        private Duration maxDelay = DEFAULT_MAX_DELAY;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private boolean jitter = true;
        private RandomGenerator random = THREAD_LOCAL_RANDOM;

        private Builder() {
        }

        /** Sets the most attempts of one request, the first included (1 means no retries). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Sets the backoff before the first retry, before jitter. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = nonNegative(baseDelay, "baseDelay");
            return this;
        }

        /** Sets the longest backoff, before jitter. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative(maxDelay, "maxDelay");
            return this;
        }

        /** Sets the longest {@code Retry-After} to wait for; a longer one ends the retries. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /** Sets whether backoffs are randomised ("full jitter"); on by default. */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Sets the source of jitter; injected by tests for exact waits. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Builds the policy. */
        public RetryPolicy build() {
            if (maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("maxDelay must not be shorter than baseDelay");
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration duration, String name) {
            if (Objects.requireNonNull(duration, name).isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return duration;
        }
    }
}
