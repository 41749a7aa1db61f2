package id.mpp.server.storage.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.event.NewEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the event store must do on every database the server supports; each subclass names one. */
abstract class EventStoreContract {

    @Inject
    JdbcEventStore events;

    @Inject
    TransactionOperations<Connection> transactions;

    static String agency() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static NewEvent submitted(String agency, String application, Instant at) {
        return new NewEvent("APPLICATION_SUBMITTED", at, agency, "33.02", application, "MPP-3302-2026-000001",
                agency + "-svc", "CITIZEN", null, "SUBMITTED", null, null, null);
    }

    static NewEvent changed(String agency, String application, Instant at) {
        return new NewEvent("APPLICATION_STATUS_CHANGED", at, agency, "33.02", application, "MPP-3302-2026-000001",
                agency + "-svc", "OFFICER", "SUBMITTED", "IN_REVIEW", "START_REVIEW", null, null);
    }

    static String application() {
        return "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
    }

    @Test
    @DisplayName("EVT-011, EVT-003: an application's events are numbered 1, 2, 3 and read back in feed order")
    void numbersAndReadsInOrder() {
        String agency = agency();
        String app = application();
        Instant t = Instant.parse("2026-11-20T07:42:10Z");
        String first = events.record(submitted(agency, app, t));
        String second = events.record(changed(agency, app, t.plusSeconds(60)));

        List<StoredEvent> page = events.page(agency, 0, null, null, 10);
        assertThat(page).extracting(StoredEvent::id).containsExactly(first, second);
        assertThat(page).extracting(StoredEvent::applicationSequence).containsExactly(1, 2);
        assertThat(page).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(first).matches("^evt_[0-9A-HJKMNP-TV-Z]{26}$");
        assertThat(page.get(1).body()).isEqualTo("{\"id\":\"" + second + "\",\"type\":\"APPLICATION_STATUS_CHANGED\","
                + "\"occurred_at\":\"2026-11-20T07:43:10Z\",\"agency_id\":\"" + agency + "\",\"region_code\":\"33.02\","
                + "\"application_id\":\"" + app + "\",\"tracking_number\":\"MPP-3302-2026-000001\",\"service_id\":\""
                + agency + "-svc\",\"application_sequence\":2,\"data\":{\"from_status\":\"SUBMITTED\","
                + "\"to_status\":\"IN_REVIEW\",\"action\":\"START_REVIEW\",\"actor_role\":\"OFFICER\"}}");
    }

    @Test
    @DisplayName("EVT-003: occurred_at never decreases along the feed, even when a writer's time lags")
    void occurredAtNeverDecreases() {
        String agency = agency();
        Instant t = Instant.parse("2026-11-20T08:00:00Z");
        events.record(submitted(agency, application(), t));
        events.record(submitted(agency, application(), t.minusSeconds(5)));

        assertThat(events.page(agency, 0, null, null, 10)).extracting(StoredEvent::occurredAt)
                .containsExactly(t, t);
    }

    @Test
    @DisplayName("EVT-009: filters by type and occurred_at, after a position")
    void filters() {
        String agency = agency();
        String app = application();
        Instant t = Instant.parse("2026-11-20T08:00:00Z");
        events.record(submitted(agency, app, t));
        String second = events.record(changed(agency, app, t.plusSeconds(10)));
        String third = events.record(submitted(agency, application(), t.plusSeconds(20)));

        assertThat(events.page(agency, 0, Set.of("APPLICATION_STATUS_CHANGED"), null, 10))
                .extracting(StoredEvent::id).containsExactly(second);
        assertThat(events.page(agency, 0, null, t.plusSeconds(10), 10)).extracting(StoredEvent::id)
                .containsExactly(second, third);
        assertThat(events.page(agency, 2, null, null, 10)).extracting(StoredEvent::id).containsExactly(third);
        assertThat(events.page(agency(), 0, null, null, 10)).isEmpty();
    }

    @Test
    @DisplayName("EVT-007: the purge deletes old events and remembers the last position it deleted")
    void purgeRemembersPosition() {
        String agency = agency();
        Instant old = Instant.parse("2020-01-01T00:00:00Z");
        events.record(submitted(agency, application(), old));
        events.record(submitted(agency, application(), old.plusSeconds(1)));
        String kept = events.record(submitted(agency, application(), Instant.parse("2026-11-20T08:00:00Z")));

        events.purge(Instant.parse("2021-01-01T00:00:00Z"));

        assertThat(events.purgedThrough(agency)).isEqualTo(2);
        assertThat(events.page(agency, 0, null, null, 10)).extracting(StoredEvent::id).containsExactly(kept);
    }

    @Test
    @DisplayName("EVT-010: an event recorded in a transaction that rolls back leaves no trace and no gap")
    void rolledBackEventLeavesNoGap() {
        String agency = agency();
        String app = application();
        Instant t = Instant.parse("2026-11-20T08:00:00Z");
        events.record(submitted(agency, app, t));
        try {
            transactions.executeWrite(status -> {
                events.record(changed(agency, app, t));
                throw new IllegalStateException("the caller's change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        events.record(changed(agency, app, t));

        assertThat(events.page(agency, 0, null, null, 10)).extracting(e -> e.position() + "/"
                + e.applicationSequence()).containsExactly("1/1", "2/2");
    }

    @Test
    @DisplayName("EVT-005, EVT-011: concurrent writers, some holding their transaction open, and a reader following"
            + " the cursor meanwhile: every event read exactly once in order, sequences without gaps")
    void concurrentWritersAndAFollowingReader() throws Exception {
        String agency = agency();
        List<String> apps = List.of(application(), application(), application());
        int writers = 6;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        Set<String> recorded = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        String app = apps.get((writer + i) % apps.size());
                        transactions.executeWrite(status -> {
                            recorded.add(events.record(changed(agency, app, Instant.now())));
                            // more work in the same transaction after the event, as a caller would do
                            Thread.yield();
                            return null;
                        });
                    }
                    return null;
                }));
            }
            Future<List<StoredEvent>> reader = pool.submit(() -> {
                start.await();
                List<StoredEvent> seen = new ArrayList<>();
                long after = 0;
                while (true) {
                    boolean finished = done.get();
                    List<StoredEvent> page = events.page(agency, after, null, null, 7);
                    seen.addAll(page);
                    if (!page.isEmpty()) {
                        after = page.get(page.size() - 1).position();
                    } else if (finished) {
                        return seen;
                    }
                }
            });
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            done.set(true);
            List<StoredEvent> seen = reader.get(60, TimeUnit.SECONDS);

            assertThat(seen).extracting(StoredEvent::id).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(recorded);
            assertThat(seen).extracting(StoredEvent::position).isSorted();
            for (String app : apps) {
                List<Integer> sequences = seen.stream().filter(e -> e.applicationId().equals(app))
                        .map(StoredEvent::applicationSequence).toList();
                assertThat(sequences).isEqualTo(java.util.stream.IntStream.rangeClosed(1, sequences.size())
                        .boxed().toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
