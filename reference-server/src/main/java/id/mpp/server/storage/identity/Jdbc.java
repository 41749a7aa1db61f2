package id.mpp.server.storage.identity;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * The little plain JDBC the identity stores share: one connection per call (auto-commit, so each statement is
 * atomic on its own), instants written (truncated to microseconds) and read as UTC {@code TIMESTAMP WITH TIME
 * ZONE}, and the SQL state of a duplicate key.
 */
final class Jdbc {
    /** SQLSTATE of a unique or primary key violation, on PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    /**
     * @param dataSource the application's data source; the stores work outside any transaction, so its
     *     contextual-connection wrapper is taken off
     */
    Jdbc(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A statement that answers a value. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T with(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Identity store query failed (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /** Runs an update with its parameters, answering the updated row count. */
    int update(String sql, Object... parameters) {
        return with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                // truncated, not rounded: the databases keep microseconds, and a key must never read as later than made
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static boolean isDuplicateKey(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState())
                || e instanceof java.sql.SQLIntegrityConstraintViolationException;
    }
}
