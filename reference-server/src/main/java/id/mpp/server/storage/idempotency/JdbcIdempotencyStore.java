package id.mpp.server.storage.idempotency;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The idempotency keys in table {@code idempotency_key} (V4), shared by every instance of the server: the primary
 * key (scope, key) makes the first request with a key win even when two arrive at once on two instances. One
 * connection per call, in auto-commit, so that each statement is atomic on its own.
 */
@Singleton
public class JdbcIdempotencyStore {
    /** SQLSTATE of a unique or primary key violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "scope, idem_key, operation, fingerprint, state, response_status,"
            + " response_location, response_etag, response_content_type, response_body, created_at, locked_until,"
            + " expires_at";

    private final DataSource dataSource;

    public JdbcIdempotencyStore(DataSource dataSource) {
        // The raw pool, not Micronaut Data's contextual proxy: each call takes its own auto-commit connection.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Records the key as taken by a request now starting; false when the scope already holds the key (whatever its
     * state), in which case nothing changes.
     */
    public boolean tryStart(String scope, String key, String operation, String fingerprint, Instant now,
            Instant lockedUntil, Instant expiresAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_key (scope, idem_key,"
                     + " operation, fingerprint, state, created_at, locked_until, expires_at)"
                     + " VALUES (?, ?, ?, ?, 'IN_FLIGHT', ?, ?, ?)")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, operation);
            insert.setString(4, fingerprint);
            insert.setObject(5, utc(now));
            insert.setObject(6, utc(lockedUntil));
            insert.setObject(7, utc(expiresAt));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())
                    || e instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return false;
            }
            throw failure(e);
        }
    }

    /** The key of the scope, if it is held. */
    public Optional<IdempotencyRecord> find(String scope, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM idempotency_key WHERE scope = ? AND idem_key = ?")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Forgets the key of the scope if it expired, or if the request holding it is past its lock (abandoned, for
     * instance by an instance that stopped); answers whether it did.
     */
    public boolean forgetIfStale(String scope, String key, Instant now) {
        return update("DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ?"
                + " AND (expires_at <= ? OR (state = 'IN_FLIGHT' AND locked_until <= ?))", scope, key, now, now) > 0;
    }

    /** Stores the answer of the request holding the key; false when the key is no longer held in flight. */
    public boolean complete(String scope, String key, StoredResponse response) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE idempotency_key SET state = 'COMPLETED',"
                     + " response_status = ?, response_location = ?, response_etag = ?, response_content_type = ?,"
                     + " response_body = ? WHERE scope = ? AND idem_key = ? AND state = 'IN_FLIGHT'")) {
            update.setInt(1, response.status());
            update.setString(2, response.location());
            update.setString(3, response.etag());
            update.setString(4, response.contentType());
            update.setBytes(5, response.body());
            update.setString(6, scope);
            update.setString(7, key);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Frees a key whose request ended without an answer worth replaying, so that a retry runs again. */
    public void release(String scope, String key) {
        update("DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND state = 'IN_FLIGHT'", scope, key);
    }

    /** Forgets every key that expired at {@code now}; answers how many. */
    public int purgeExpired(Instant now) {
        return update("DELETE FROM idempotency_key WHERE expires_at <= ?", now);
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof Instant instant ? utc(instant) : value);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IdempotencyRecord read(ResultSet row) throws SQLException {
        IdempotencyRecord.State state = IdempotencyRecord.State.valueOf(row.getString("state"));
        StoredResponse response = state == IdempotencyRecord.State.COMPLETED
                ? new StoredResponse(row.getInt("response_status"), row.getString("response_location"),
                        row.getString("response_etag"), row.getString("response_content_type"),
                        row.getBytes("response_body"))
                : null;
        return new IdempotencyRecord(row.getString("scope"), row.getString("idem_key"), row.getString("operation"),
                row.getString("fingerprint"), state, response, instant(row, "created_at"),
                instant(row, "locked_until"), instant(row, "expires_at"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Idempotency store query failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
