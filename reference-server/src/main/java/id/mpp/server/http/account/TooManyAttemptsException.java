package id.mpp.server.http.account;

/** An attempt refused by a rate limit: {@code 429 rate-limited} with {@code Retry-After} (GEN-018, ACC-005). */
final class TooManyAttemptsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyAttemptsException(long retryAfterSeconds) {
        super("rate limited for " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
