package id.mpp.server.storage.template;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway's record of a database's migrations, one line per row: what Flyway's validation compares with the
 * migrations it finds (version, description, type, script, checksum), and whether the row succeeded.
 */
final class MigrationHistory {
    static final String FILE = "history.txt";

    private MigrationHistory() {
    }

    static List<String> read(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery("select version, description, type, script, checksum, "
                        + "success from flyway_schema_history order by installed_rank")) {
            while (history.next()) {
                rows.add(String.join("|", history.getString(1), history.getString(2), history.getString(3),
                        history.getString(4), history.getString(5), history.getString(6)));
            }
        }
        return rows;
    }
}
