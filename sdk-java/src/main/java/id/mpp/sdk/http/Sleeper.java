package id.mpp.sdk.http;

import java.time.Duration;

/**
 * Waits between the attempts of a request; injected so that tests can record the waits instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks the calling thread for {@code duration}.
     *
     * @throws InterruptedException when the thread is interrupted while waiting; the request is then abandoned
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The sleeper that really waits, with {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
