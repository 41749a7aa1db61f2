package id.mpp.server.storage.session;

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
 * The plain JDBC the session stores share: one connection per call (auto-commit), instants written truncated to
 * microseconds and read as UTC {@code TIMESTAMP WITH TIME ZONE}. Failures carry the SQL state only.
 */
final class SessionJdbc {
    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    SessionJdbc(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    <T> T with(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Session store query failed (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    int update(String sql, Object... parameters) {
        return with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    <T> java.util.Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        return with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? java.util.Optional.of(mapper.map(row)) : java.util.Optional.<T>empty();
                }
            }
        });
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1,
                        OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
