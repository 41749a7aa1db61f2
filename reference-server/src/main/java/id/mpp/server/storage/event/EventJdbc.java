package id.mpp.server.storage.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The plain JDBC of the event stores, on the application's contextual data source as it is injected (not
 * unwrapped): inside a transaction every statement runs on that transaction's connection, so an event and the change
 * it reports commit or roll back together. Callers are {@code @Transactional} methods; the connection is the
 * transaction's and is not closed here.
 */
final class EventJdbc {

    private final DataSource dataSource;

    EventJdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    int update(String sql, Object... parameters) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                    return result;
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** Instants are kept to the microsecond, the precision both databases store. */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, micros(instant).atOffset(ZoneOffset.UTC));
            } else if (value instanceof NullOf nullOf) {
                statement.setNull(i + 1, nullOf.sqlType());
            } else if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A typed SQL NULL parameter (PostgreSQL needs the type of a null timestamp). */
    record NullOf(int sqlType) {
        static final NullOf TIMESTAMP = new NullOf(Types.TIMESTAMP_WITH_TIMEZONE);
        static final NullOf INTEGER = new NullOf(Types.INTEGER);
    }

    static Object timestamp(Instant instant) {
        return instant == null ? NullOf.TIMESTAMP : instant;
    }

    static Object integerOrNull(Integer value) {
        return value == null ? NullOf.INTEGER : value;
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("Event store query failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
