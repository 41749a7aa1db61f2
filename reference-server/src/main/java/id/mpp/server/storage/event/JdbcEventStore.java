package id.mpp.server.storage.event;

import id.mpp.server.domain.event.EventJson;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.ids.Ulids;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The event feed's storage (V14), which {@link EventRecorder} (bean {@link JdbcEventRecorder}) records into.
 *
 * <p><b>Why no event is lost across pages.</b> Each agency's feed is numbered by {@code evt_agency_feed}: recording
 * an event increments the agency's {@code last_position} with an UPDATE whose row lock is held until the recording
 * transaction (the caller's) commits or rolls back. So the events of one agency are numbered and committed strictly
 * one after the other: position n+1 can only be taken after the transaction holding n has ended, and a rolled-back
 * number is taken again by the next writer (no gaps). A reader that has seen position p therefore never sees a later
 * commit of a position at or below p, and the cursor "after position p" can neither skip nor repeat an event. The
 * price is that the recording transactions of one agency serialise from the event to their commit, which a reference
 * server's throughput allows; agencies do not wait for each other. Under the same lock the application's next
 * {@code application_sequence} (MAX + 1, unique per application) is gap-free, and {@code occurred_at} is raised to the
 * agency's last one when a writer's clock lags, so that it never decreases along the feed. It is kept to the second (as
 * the contract's examples), so that the stored JSON and Jackson's rendering of the same instant are the same text.
 *
 * <p>The event's webhook deliveries are written in the same transaction (an outbox): one PENDING delivery for each
 * active subscription of the agency that takes the event's type; the dispatcher sends them later, apart from any
 * request.
 */
@Singleton
public class JdbcEventStore {

    private static final String COLUMNS = "id, agency_id, feed_position, type, occurred_at, application_id,"
            + " application_sequence, body";

    private final EventJdbc jdbc;
    private final Ulids ulids;
    private final Clock clock;

    public JdbcEventStore(DataSource dataSource, Clock clock) {
        this.jdbc = new EventJdbc(dataSource);
        this.ulids = new Ulids(clock);
        this.clock = clock;
    }

    /** Records the event in the caller's transaction (see {@link JdbcEventRecorder}, the port's bean). */
    @Transactional
    public String record(NewEvent event) {
        Objects.requireNonNull(event.type(), "type");
        Objects.requireNonNull(event.agencyId(), "agencyId");
        Objects.requireNonNull(event.applicationId(), "applicationId");
        Objects.requireNonNull(event.occurredAt(), "occurredAt");
        String agency = event.agencyId();
        // Read before the feed's lock: which subscriptions take the event is no part of the feed's order.
        List<String> subscriptions = subscriptionsTaking(event);
        // From this UPDATE to the commit the agency's feed is locked: as few statements as possible under the lock
        // (the position and the raised time in one).
        Instant occurredAt = event.occurredAt().truncatedTo(ChronoUnit.SECONDS);
        String next = "UPDATE evt_agency_feed SET last_position = last_position + 1, last_occurred_at = CASE"
                + " WHEN last_occurred_at IS NULL OR last_occurred_at < ? THEN ? ELSE last_occurred_at END"
                + " WHERE agency_id = ?";
        if (jdbc.update(next, occurredAt, occurredAt, agency) == 0) {
            // The agency's first event. Not tried every time: H2 makes ON CONFLICT DO NOTHING of an existing row
            // out of a duplicate-key exception, which costs more than the UPDATE.
            jdbc.update("INSERT INTO evt_agency_feed (agency_id, last_position, purged_through) VALUES (?, 0, 0)"
                    + " ON CONFLICT DO NOTHING", agency);
            jdbc.update(next, occurredAt, occurredAt, agency);
        }
        record Feed(long position, Instant lastOccurredAt) {
        }
        Feed feed = jdbc.query("SELECT last_position, last_occurred_at FROM evt_agency_feed WHERE agency_id = ?",
                row -> new Feed(row.getLong("last_position"), EventJdbc.instant(row, "last_occurred_at")),
                agency).get(0);
        occurredAt = feed.lastOccurredAt();
        int sequence = jdbc.query("SELECT COALESCE(MAX(application_sequence), 0) AS last FROM evt_event"
                + " WHERE application_id = ?", row -> row.getInt("last"), event.applicationId()).get(0) + 1;
        String id = ulids.next("evt_");
        String body = EventJson.write(id, event, occurredAt, sequence);
        jdbc.update("INSERT INTO evt_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, agency,
                feed.position(), event.type(), occurredAt, event.applicationId(), sequence, body);
        fanOut(id, event, feed.position(), subscriptions);
        return id;
    }

    /** The active subscriptions of the event's agency that take its type. */
    private List<String> subscriptionsTaking(NewEvent event) {
        record Target(String id, String types) {
        }
        return jdbc.query("SELECT id, event_types FROM evt_subscription WHERE agency_id = ? AND active = TRUE",
                row -> new Target(row.getString("id"), row.getString("event_types")), event.agencyId()).stream()
                .filter(target -> Arrays.asList(target.types().split(",")).contains(event.type()))
                .map(Target::id)
                .toList();
    }

    private void fanOut(String eventId, NewEvent event, long position, List<String> subscriptions) {
        Instant now = clock.instant();
        for (String subscription : subscriptions) {
            jdbc.update("INSERT INTO evt_delivery (subscription_id, event_id, application_id, feed_position,"
                    + " state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?)", subscription,
                    eventId, event.applicationId(), position, now);
        }
    }

    /**
     * Up to {@code limit} events of the agency after feed position {@code afterPosition}, in feed order, of the
     * given types (all when null) and at or after {@code occurredFrom} (any time when null).
     */
    @Transactional(readOnly = true)
    public List<StoredEvent> page(String agencyId, long afterPosition, @Nullable Collection<String> types,
            @Nullable Instant occurredFrom, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM evt_event WHERE agency_id = ?"
                + " AND feed_position > ?");
        List<Object> parameters = new ArrayList<>(List.of(agencyId, afterPosition));
        if (types != null && !types.isEmpty()) {
            sql.append(" AND type IN (").append(String.join(", ", types.stream().map(t -> "?").toList()))
                    .append(')');
            parameters.addAll(types);
        }
        if (occurredFrom != null) {
            sql.append(" AND occurred_at >= ?");
            parameters.add(occurredFrom);
        }
        sql.append(" ORDER BY feed_position LIMIT ").append(limit);
        return jdbc.query(sql.toString(), JdbcEventStore::event, parameters.toArray());
    }

    /** The highest feed position of the agency deleted by the retention purge (0 when none). */
    @Transactional(readOnly = true)
    public long purgedThrough(String agencyId) {
        return jdbc.query("SELECT purged_through FROM evt_agency_feed WHERE agency_id = ?",
                row -> row.getLong("purged_through"), agencyId).stream().findFirst().orElse(0L);
    }

    /** The agency's event with this ID, while retained. */
    @Transactional(readOnly = true)
    public Optional<StoredEvent> find(String agencyId, String eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM evt_event WHERE id = ? AND agency_id = ?",
                JdbcEventStore::event, eventId, agencyId).stream().findFirst();
    }

    /** Any retained event with this ID. */
    @Transactional(readOnly = true)
    public Optional<StoredEvent> find(String eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM evt_event WHERE id = ?", JdbcEventStore::event, eventId)
                .stream().findFirst();
    }

    /**
     * Deletes the events that occurred before {@code before} (the retention window), noting per agency the highest
     * position deleted, so that a cursor before it answers {@code 410 cursor-expired} instead of skipping them.
     *
     * @return how many events were deleted
     */
    @Transactional
    public int purge(Instant before) {
        record Purged(String agencyId, long through) {
        }
        List<Purged> purged = jdbc.query("SELECT agency_id, MAX(feed_position) AS through FROM evt_event"
                + " WHERE occurred_at < ? GROUP BY agency_id",
                row -> new Purged(row.getString("agency_id"), row.getLong("through")), before);
        int deleted = 0;
        for (Purged p : purged) {
            deleted += jdbc.update("DELETE FROM evt_event WHERE agency_id = ? AND feed_position <= ?",
                    p.agencyId(), p.through());
            jdbc.update("UPDATE evt_agency_feed SET purged_through = ? WHERE agency_id = ? AND purged_through < ?",
                    p.through(), p.agencyId(), p.through());
        }
        return deleted;
    }

    private static StoredEvent event(java.sql.ResultSet row) throws java.sql.SQLException {
        return new StoredEvent(row.getString("id"), row.getString("agency_id"), row.getLong("feed_position"),
                row.getString("type"), EventJdbc.instant(row, "occurred_at"), row.getString("application_id"),
                row.getInt("application_sequence"), row.getString("body"));
    }
}
