package id.mpp.server.http.me;

/** An own-account operation refused by its limit: {@code 429 rate-limited} with {@code Retry-After}. */
final class RateLimitedException extends RuntimeException {
    private final long retryAfterSeconds;

    RateLimitedException(long retryAfterSeconds) {
        super("rate limited for " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
