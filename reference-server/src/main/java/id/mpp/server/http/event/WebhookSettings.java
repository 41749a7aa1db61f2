package id.mpp.server.http.event;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The event feed's and the webhooks' settings ({@code mpp.events.*}; table in reference-server/README.md, section
 * "Events and webhooks").
 */
@ConfigurationProperties("mpp.events")
public class WebhookSettings {

    /** The contract's floor: every event stays in the feed at least 7 days (EVT-006). */
    static final Duration MINIMUM_RETENTION = Duration.ofDays(7);

    private Duration retention = Duration.ofDays(8);
    private Duration purgeInterval = Duration.ofHours(1);
    private boolean developmentMode;
    private boolean dispatcherEnabled = true;
    private Duration pollInterval = Duration.ofSeconds(1);
    private int workers = 4;
    private Duration attemptTimeout = Duration.ofSeconds(10);
    private int maxSubscriptionsPerAgency = 25;

    public Duration getRetention() {
        return retention.compareTo(MINIMUM_RETENTION) < 0 ? MINIMUM_RETENTION : retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }

    public boolean isDevelopmentMode() {
        return developmentMode;
    }

    public void setDevelopmentMode(boolean developmentMode) {
        this.developmentMode = developmentMode;
    }

    public boolean isDispatcherEnabled() {
        return dispatcherEnabled;
    }

    public void setDispatcherEnabled(boolean dispatcherEnabled) {
        this.dispatcherEnabled = dispatcherEnabled;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getWorkers() {
        return Math.max(1, workers);
    }

    public void setWorkers(int workers) {
        this.workers = workers;
    }

    public Duration getAttemptTimeout() {
        return attemptTimeout;
    }

    public void setAttemptTimeout(Duration attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
    }

    public int getMaxSubscriptionsPerAgency() {
        return Math.max(10, maxSubscriptionsPerAgency);
    }

    public void setMaxSubscriptionsPerAgency(int maxSubscriptionsPerAgency) {
        this.maxSubscriptionsPerAgency = maxSubscriptionsPerAgency;
    }
}
