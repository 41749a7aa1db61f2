package id.mpp.server.http.event;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The time and the randomness the webhook dispatcher reads: the server's clock and a uniform jitter for the retry
 * delays. Tests replace this bean to move time and fix the jitter, so that no test sleeps.
 */
@Singleton
public class WebhookTiming {

    private final Clock clock;

    public WebhookTiming(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** A random fraction in [0, 1) that lengthens a retry delay by up to 10 %. */
    public double jitter() {
        return ThreadLocalRandom.current().nextDouble();
    }
}
