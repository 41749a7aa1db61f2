package id.mpp.server.http.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code mpp.idempotency.*}: how long keys are kept ({@code retention}, at least 24 hours as GEN-013 requires;
 * a shorter setting is raised to 24 hours) and how long a request may hold its key before it counts as abandoned
 * ({@code in-flight-timeout}, for an instance that stopped in the middle of a request).
 */
@ConfigurationProperties(IdempotencyConfiguration.PREFIX)
public class IdempotencyConfiguration {

    public static final String PREFIX = "mpp.idempotency";
    public static final Duration MINIMUM_RETENTION = Duration.ofHours(24);
    public static final Duration DEFAULT_IN_FLIGHT_TIMEOUT = Duration.ofMinutes(5);

    private Duration retention = MINIMUM_RETENTION;
    private Duration inFlightTimeout = DEFAULT_IN_FLIGHT_TIMEOUT;

    /** How long a key is honoured after its first use; never less than 24 hours. */
    public Duration getRetention() {
        return retention.compareTo(MINIMUM_RETENTION) < 0 ? MINIMUM_RETENTION : retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getInFlightTimeout() {
        return inFlightTimeout;
    }

    public void setInFlightTimeout(Duration inFlightTimeout) {
        this.inFlightTimeout = inFlightTimeout;
    }
}
