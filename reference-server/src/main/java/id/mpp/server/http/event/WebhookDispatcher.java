package id.mpp.server.http.event;

import id.mpp.server.domain.event.RetrySchedule;
import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.storage.event.DueDelivery;
import id.mpp.server.storage.event.JdbcEventStore;
import id.mpp.server.storage.event.JdbcWebhookStore;
import id.mpp.server.storage.event.StoredAttempt;
import id.mpp.server.storage.event.StoredEvent;
import id.mpp.server.storage.event.StoredSubscription;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the pending webhook deliveries in the background (EVT-025 to EVT-031), never on a request's path: a
 * ticker of its own looks for due deliveries every poll interval and hands each to a bounded pool of workers of its
 * own, so that a slow or dead receiver holds at most a worker for the attempt timeout and never an API request.
 * Every attempt is logged; a failed one is rescheduled on the contract's schedule, or ends the delivery; 410 and five
 * days of failures disable the subscription. The same ticker runs the retention purge. Tests switch the ticker off
 * ({@code mpp.events.dispatcher-enabled=false}) and call {@link #runDue()}, with time from {@link WebhookTiming}.
 */
@Singleton
public class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration FAILING_LIMIT = Duration.ofDays(5);
    private static final int BATCH = 50;

    private final JdbcWebhookStore webhooks;
    private final JdbcEventStore events;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final WebhookTiming timing;
    private final Ulids ulids;
    private final ExecutorService workers;
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(WebhookSender.daemon("webhook-ticker"));
    private volatile Instant nextPurge = Instant.MIN;

    public WebhookDispatcher(JdbcWebhookStore webhooks, JdbcEventStore events, WebhookSender sender,
            WebhookSettings settings, WebhookTiming timing, Clock clock) {
        this.webhooks = webhooks;
        this.events = events;
        this.sender = sender;
        this.settings = settings;
        this.timing = timing;
        this.ulids = new Ulids(clock);
        this.workers = Executors.newFixedThreadPool(settings.getWorkers(), WebhookSender.daemon("webhook-worker"));
    }

    /** Starts with the HTTP server (not in a context without one, such as a storage test). */
    @EventListener
    void start(ServerStartupEvent startup) {
        if (settings.isDispatcherEnabled()) {
            long interval = Math.max(50, settings.getPollInterval().toMillis());
            ticker.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @EventListener
    void serverStopping(ServerShutdownEvent shutdown) {
        ticker.shutdownNow();
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        workers.shutdownNow();
    }

    private void tick() {
        try {
            dispatchDue();
            Instant now = timing.now();
            if (now.isAfter(nextPurge)) {
                nextPurge = now.plus(settings.getPurgeInterval());
                purge(now);
            }
        } catch (RuntimeException e) {
            if (ticker.isShutdown() || Thread.currentThread().isInterrupted()) {
                LOG.debug("Webhook dispatch round cut short by the shutdown", e);
            } else {
                LOG.warn("Webhook dispatch round failed; retrying at the next tick", e);
            }
        }
    }

    /** Deletes events and log entries older than the retention window. */
    public void purge(Instant now) {
        Instant before = now.minus(settings.getRetention());
        events.purge(before);
        webhooks.purge(before);
    }

    /** Starts the attempts due now on the workers and answers them (the ticker does not wait for them). */
    public List<Future<?>> dispatchDue() {
        Instant now = timing.now();
        List<Future<?>> started = new ArrayList<>();
        for (DueDelivery due : webhooks.due(now, BATCH)) {
            Instant until = now.plus(settings.getAttemptTimeout()).plusSeconds(60);
            if (webhooks.claim(due.subscriptionId(), due.eventId(), now, until)) {
                started.add(workers.submit(() -> attempt(due)));
            }
        }
        return started;
    }

    /**
     * For tests: makes the attempts due now and waits for them to end, round after round while new ones become due
     * (the next event of an application once its predecessor is settled); answers how many attempts were made.
     */
    public int runDue() {
        int made = 0;
        while (true) {
            List<Future<?>> round = dispatchDue();
            if (round.isEmpty()) {
                return made;
            }
            for (Future<?> future : round) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return made;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            made += round.size();
        }
    }

    private void attempt(DueDelivery due) {
        try {
            Optional<StoredSubscription> subscription = webhooks.find(due.subscriptionId());
            Optional<StoredEvent> event = events.find(due.eventId());
            if (subscription.isEmpty() || !subscription.get().active() || event.isEmpty()) {
                webhooks.drop(due.subscriptionId(), due.eventId());
                return;
            }
            WebhookSender.Result result = sender.send(subscription.get(), event.get());
            settle(subscription.get(), event.get(), due.attempts() + 1, result);
        } catch (RuntimeException e) {
            LOG.warn("Webhook attempt of {} to {} failed unexpectedly", due.eventId(), due.subscriptionId(), e);
        }
    }

    private void settle(StoredSubscription subscription, StoredEvent event, int attemptsMade,
            WebhookSender.Result result) {
        Instant endedAt = result.attemptedAt().plusMillis(result.durationMs());
        String outcome;
        Instant next = null;
        String state;
        if (result.succeeded()) {
            outcome = "SUCCEEDED";
            state = "SUCCEEDED";
            webhooks.noteOutcome(subscription.id(), true, result.attemptedAt());
        } else {
            webhooks.noteOutcome(subscription.id(), false, result.attemptedAt());
            Instant failingSince = subscription.failingSince() == null ? result.attemptedAt()
                    : subscription.failingSince();
            boolean gone = "RECEIVER_GONE".equals(result.failureReason());
            boolean tooLong = !Duration.between(failingSince, result.attemptedAt()).minus(FAILING_LIMIT).isNegative();
            next = gone || tooLong ? null : RetrySchedule.next(attemptsMade, endedAt, timing.jitter(),
                    result.retryAfter()).orElse(null);
            outcome = next == null ? "FAILED" : "RETRY_SCHEDULED";
            state = next == null ? "FAILED" : "PENDING";
            if (gone) {
                webhooks.disable(subscription.id(), "RECEIVER_GONE", endedAt);
            } else if (tooLong) {
                webhooks.disable(subscription.id(), "DELIVERY_FAILURES", endedAt);
            }
        }
        webhooks.log(new StoredAttempt(ulids.next("att_"), subscription.id(), event.id(), event.type(), 0,
                "AUTOMATIC", result.attemptedAt(), result.durationMs(), result.status(), outcome,
                result.failureReason(), next));
        webhooks.settle(subscription.id(), event.id(), state, attemptsMade, next);
    }

    /** A manual attempt (redeliverWebhookEvent): one signed attempt now, logged, never retried, nothing else changed. */
    public StoredAttempt redeliver(StoredSubscription subscription, StoredEvent event) {
        WebhookSender.Result result = sender.send(subscription, event);
        return webhooks.log(new StoredAttempt(ulids.next("att_"), subscription.id(), event.id(), event.type(), 0,
                "MANUAL", result.attemptedAt(), result.durationMs(), result.status(),
                result.succeeded() ? "SUCCEEDED" : "FAILED", result.failureReason(), null));
    }
}
