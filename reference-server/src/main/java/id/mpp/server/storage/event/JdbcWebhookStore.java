package id.mpp.server.storage.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Webhook subscriptions, their pending deliveries and the delivery log (V14). Changes of a subscription apply only at
 * the version the client saw (its ETag), so that two changes racing each other cannot both win.
 */
@Singleton
public class JdbcWebhookStore {

    private static final String COLUMNS = "id, agency_id, url, event_types, description, active, disabled_reason,"
            + " disabled_at, secret, previous_secret, previous_secret_expires_at, failing_since, created_at,"
            + " updated_at, version";
    private static final String ATTEMPT_COLUMNS = "id, subscription_id, event_id, event_type, attempt_number,"
            + " trigger_kind, attempted_at, duration_ms, response_status, outcome, failure_reason, next_attempt_at";

    private final EventJdbc jdbc;

    public JdbcWebhookStore(DataSource dataSource) {
        this.jdbc = new EventJdbc(dataSource);
    }

    /** Stores a new subscription; false when the agency already has one with this URL (nothing stored). */
    @Transactional
    public boolean create(StoredSubscription s) {
        if (urlTaken(s.agencyId(), s.url(), null)) {
            return false;
        }
        jdbc.update("INSERT INTO evt_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", s.id(), s.agencyId(), s.url(), String.join(",", s.eventTypes()), s.description(),
                s.active(), s.disabledReason(), EventJdbc.timestamp(s.disabledAt()), s.secret(), s.previousSecret(),
                EventJdbc.timestamp(s.previousSecretExpiresAt()), EventJdbc.timestamp(s.failingSince()),
                s.createdAt(), s.updatedAt(), s.version());
        return true;
    }

    /** Whether another subscription of the agency (than {@code exceptId}) has this URL. */
    @Transactional(readOnly = true)
    public boolean urlTaken(String agencyId, String url, @Nullable String exceptId) {
        return jdbc.query("SELECT id FROM evt_subscription WHERE agency_id = ? AND url = ?",
                row -> row.getString("id"), agencyId, url).stream().anyMatch(id -> !id.equals(exceptId));
    }

    @Transactional(readOnly = true)
    public int countOf(String agencyId) {
        return jdbc.query("SELECT COUNT(*) AS n FROM evt_subscription WHERE agency_id = ?", row -> row.getInt("n"),
                agencyId).get(0);
    }

    /** The agency's subscription with this ID (another agency's reads as absent). */
    @Transactional(readOnly = true)
    public Optional<StoredSubscription> find(String agencyId, String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM evt_subscription WHERE id = ? AND agency_id = ?",
                JdbcWebhookStore::subscription, id, agencyId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<StoredSubscription> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM evt_subscription WHERE id = ?", JdbcWebhookStore::subscription,
                id).stream().findFirst();
    }

    /** Up to {@code limit} of the agency's subscriptions after (created_at, id), oldest first. */
    @Transactional(readOnly = true)
    public List<StoredSubscription> list(String agencyId, @Nullable Boolean active, @Nullable Instant afterCreated,
            @Nullable String afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM evt_subscription WHERE agency_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(agencyId));
        if (active != null) {
            sql.append(" AND active = ?");
            parameters.add(active);
        }
        if (afterCreated != null) {
            sql.append(" AND (created_at > ? OR (created_at = ? AND id > ?))");
            parameters.addAll(List.of(afterCreated, afterCreated, afterId));
        }
        sql.append(" ORDER BY created_at, id LIMIT ").append(limit);
        return jdbc.query(sql.toString(), JdbcWebhookStore::subscription, parameters.toArray());
    }

    /**
     * Stores {@code changed} as the next version if the stored one is still {@code expectedVersion}; when it becomes
     * inactive, its pending deliveries are dropped in the same transaction.
     */
    @Transactional
    public boolean update(StoredSubscription changed, long expectedVersion) {
        int updated = jdbc.update("UPDATE evt_subscription SET url = ?, event_types = ?, description = ?, active = ?,"
                + " disabled_reason = ?, disabled_at = ?, secret = ?, previous_secret = ?,"
                + " previous_secret_expires_at = ?, failing_since = ?, updated_at = ?, version = ?"
                + " WHERE id = ? AND version = ?", changed.url(), String.join(",", changed.eventTypes()),
                changed.description(), changed.active(), changed.disabledReason(),
                EventJdbc.timestamp(changed.disabledAt()), changed.secret(), changed.previousSecret(),
                EventJdbc.timestamp(changed.previousSecretExpiresAt()), EventJdbc.timestamp(changed.failingSince()),
                changed.updatedAt(), expectedVersion + 1, changed.id(), expectedVersion);
        if (updated == 1 && !changed.active()) {
            dropPending(changed.id());
        }
        return updated == 1;
    }

    /** Deletes the subscription at {@code expectedVersion}, with its deliveries and its log. */
    @Transactional
    public boolean delete(String id, long expectedVersion) {
        if (jdbc.update("DELETE FROM evt_subscription WHERE id = ? AND version = ?", id, expectedVersion) == 0) {
            return false;
        }
        jdbc.update("DELETE FROM evt_delivery WHERE subscription_id = ?", id);
        jdbc.update("DELETE FROM evt_attempt WHERE subscription_id = ?", id);
        return true;
    }

    /**
     * The server disables an active subscription ({@code DELIVERY_FAILURES}, {@code RECEIVER_GONE}): inactive, a new
     * version, its pending deliveries dropped.
     */
    @Transactional
    public void disable(String id, String reason, Instant at) {
        if (jdbc.update("UPDATE evt_subscription SET active = FALSE, disabled_reason = ?, disabled_at = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ? AND active = TRUE", reason, at, at, id) == 1) {
            dropPending(id);
        }
    }

    /** Notes the outcome of an automatic attempt for the 5-day rule: a success clears, a failure starts the count. */
    @Transactional
    public void noteOutcome(String id, boolean succeeded, Instant at) {
        if (succeeded) {
            jdbc.update("UPDATE evt_subscription SET failing_since = NULL WHERE id = ?", id);
        } else {
            jdbc.update("UPDATE evt_subscription SET failing_since = ? WHERE id = ? AND failing_since IS NULL", at, id);
        }
    }

    private void dropPending(String id) {
        jdbc.update("UPDATE evt_delivery SET state = 'DROPPED' WHERE subscription_id = ? AND state = 'PENDING'", id);
    }

    /**
     * Up to {@code limit} pending deliveries due at {@code now} and not claimed, each the oldest pending one of its
     * application for its subscription (EVT-031: an event waits while an earlier one of its application is pending).
     */
    @Transactional(readOnly = true)
    public List<DueDelivery> due(Instant now, int limit) {
        return jdbc.query("SELECT d.subscription_id, d.event_id, d.application_id, d.feed_position, d.attempts"
                + " FROM evt_delivery d WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?"
                + " AND (d.claimed_until IS NULL OR d.claimed_until < ?)"
                + " AND NOT EXISTS (SELECT 1 FROM evt_delivery e WHERE e.subscription_id = d.subscription_id"
                + " AND e.application_id = d.application_id AND e.state = 'PENDING'"
                + " AND e.feed_position < d.feed_position)"
                + " ORDER BY d.next_attempt_at, d.feed_position LIMIT " + limit,
                row -> new DueDelivery(row.getString("subscription_id"), row.getString("event_id"),
                        row.getString("application_id"), row.getLong("feed_position"), row.getInt("attempts")),
                now, now);
    }

    /** Claims a due delivery until {@code until}; false when another dispatcher has it or it is no longer pending. */
    @Transactional
    public boolean claim(String subscriptionId, String eventId, Instant now, Instant until) {
        return jdbc.update("UPDATE evt_delivery SET claimed_until = ? WHERE subscription_id = ? AND event_id = ?"
                + " AND state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)", until, subscriptionId,
                eventId, now) == 1;
    }

    /** Ends or reschedules a pending delivery after an automatic attempt (a dropped one stays dropped). */
    @Transactional
    public void settle(String subscriptionId, String eventId, String state, int attempts,
            @Nullable Instant nextAttemptAt) {
        jdbc.update("UPDATE evt_delivery SET state = ?, attempts = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                + " claimed_until = NULL WHERE subscription_id = ? AND event_id = ? AND state = 'PENDING'", state,
                attempts, EventJdbc.timestamp(nextAttemptAt), subscriptionId, eventId);
    }

    /** Drops one pending delivery (its subscription or event is gone or inactive). */
    @Transactional
    public void drop(String subscriptionId, String eventId) {
        jdbc.update("UPDATE evt_delivery SET state = 'DROPPED', claimed_until = NULL WHERE subscription_id = ?"
                + " AND event_id = ? AND state = 'PENDING'", subscriptionId, eventId);
    }

    /** Appends an attempt to the log, numbering it after the earlier attempts of its event to its subscription. */
    @Transactional
    public StoredAttempt log(StoredAttempt attempt) {
        int number = jdbc.query("SELECT COUNT(*) AS n FROM evt_attempt WHERE subscription_id = ? AND event_id = ?",
                row -> row.getInt("n"), attempt.subscriptionId(), attempt.eventId()).get(0) + 1;
        StoredAttempt numbered = new StoredAttempt(attempt.id(), attempt.subscriptionId(), attempt.eventId(),
                attempt.eventType(), number, attempt.trigger(), attempt.attemptedAt(), attempt.durationMs(),
                attempt.responseStatus(), attempt.outcome(), attempt.failureReason(), attempt.nextAttemptAt());
        jdbc.update("INSERT INTO evt_attempt (" + ATTEMPT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                numbered.id(), numbered.subscriptionId(), numbered.eventId(), numbered.eventType(), number,
                numbered.trigger(), numbered.attemptedAt(), numbered.durationMs(),
                EventJdbc.integerOrNull(numbered.responseStatus()), numbered.outcome(), numbered.failureReason(),
                EventJdbc.timestamp(numbered.nextAttemptAt()));
        return numbered;
    }

    /**
     * Up to {@code limit} attempts to the subscription, newest first (attempted_at, then attempt number, then ID,
     * descending), before the cursor when one is given, narrowed by event and outcome when not null.
     */
    @Transactional(readOnly = true)
    public List<StoredAttempt> attempts(String subscriptionId, @Nullable String eventId, @Nullable String outcome,
            @Nullable Instant beforeAt, int beforeNumber, @Nullable String beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ATTEMPT_COLUMNS + " FROM evt_attempt"
                + " WHERE subscription_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(subscriptionId));
        if (eventId != null) {
            sql.append(" AND event_id = ?");
            parameters.add(eventId);
        }
        if (outcome != null) {
            sql.append(" AND outcome = ?");
            parameters.add(outcome);
        }
        if (beforeAt != null) {
            sql.append(" AND (attempted_at < ? OR (attempted_at = ? AND (attempt_number < ?"
                    + " OR (attempt_number = ? AND id < ?))))");
            parameters.addAll(List.of(beforeAt, beforeAt, beforeNumber, beforeNumber, beforeId));
        }
        sql.append(" ORDER BY attempted_at DESC, attempt_number DESC, id DESC LIMIT ").append(limit);
        return jdbc.query(sql.toString(), JdbcWebhookStore::attempt, parameters.toArray());
    }

    /** Deletes log entries older than {@code before} and finished deliveries of deleted events. */
    @Transactional
    public int purge(Instant before) {
        int deleted = jdbc.update("DELETE FROM evt_attempt WHERE attempted_at < ?", before);
        jdbc.update("DELETE FROM evt_delivery WHERE state <> 'PENDING' AND NOT EXISTS"
                + " (SELECT 1 FROM evt_event e WHERE e.id = evt_delivery.event_id)");
        return deleted;
    }

    private static StoredSubscription subscription(ResultSet row) throws SQLException {
        return new StoredSubscription(row.getString("id"), row.getString("agency_id"), row.getString("url"),
                Arrays.asList(row.getString("event_types").split(",")), row.getString("description"),
                row.getBoolean("active"), row.getString("disabled_reason"), EventJdbc.instant(row, "disabled_at"),
                row.getString("secret"), row.getString("previous_secret"),
                EventJdbc.instant(row, "previous_secret_expires_at"), EventJdbc.instant(row, "failing_since"),
                EventJdbc.instant(row, "created_at"), EventJdbc.instant(row, "updated_at"), row.getLong("version"));
    }

    private static StoredAttempt attempt(ResultSet row) throws SQLException {
        return new StoredAttempt(row.getString("id"), row.getString("subscription_id"), row.getString("event_id"),
                row.getString("event_type"), row.getInt("attempt_number"), row.getString("trigger_kind"),
                EventJdbc.instant(row, "attempted_at"), row.getInt("duration_ms"),
                EventJdbc.integer(row, "response_status"), row.getString("outcome"), row.getString("failure_reason"),
                EventJdbc.instant(row, "next_attempt_at"));
    }
}
