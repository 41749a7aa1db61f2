package id.mpp.server.storage.template;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an embedded database whose migration history is exactly the build's skip Flyway: the build records the
 * history its template ended with ({@link TemplateBuilder}); when a start finds the same rows (the same versions,
 * descriptions, scripts and checksums, all successful, nothing more and nothing less), Flyway's validation would
 * pass and it would have nothing to migrate, so it is not run (on a 2-core machine its start-up and scan of the jar
 * cost about a fifth of a second). Any other history, an edited, failed, missing or newer migration included, is
 * Flyway's to judge and report, as before.
 *
 * <p>The connection that reads the history stays open until the pool has its own, so that H2 opens the file once.
 */
@Singleton
@Requires(property = EmbeddedDatabaseTemplate.SWITCH, notEquals = "false")
final class CurrentSchema {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentSchema.class);

    private final BeanContext beans;
    private volatile Connection held;

    CurrentSchema(BeanContext beans) {
        this.beans = beans;
    }

    /**
     * Reads the history of the database that the data source {@code name} opens next and compares it with the
     * build's; when they are the same, turns that data source's Flyway off. Any failure leaves it to Flyway.
     */
    void check(String name, EmbeddedDatabase database) {
        if (isCurrent(database)) {
            beans.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name))
                    .filter(FlywayConfigurationProperties::isEnabled)
                    .ifPresent(flyway -> {
                        flyway.setEnabled(false);
                        LOG.info("database schema is current: its migration history is the build's, so Flyway has "
                                + "nothing to do");
                    });
        }
    }

    private boolean isCurrent(EmbeddedDatabase database) {
        Optional<List<String>> built = buildHistory();
        if (built.isEmpty()) {
            return false;
        }
        try {
            Connection connection = DriverManager.getConnection(database.url(), database.username(),
                    database.password());
            held = connection;
            List<String> found = MigrationHistory.read(connection);
            LOG.debug("migration history: {} rows, the build's {}", found.size(), built.get().size());
            return found.equals(built.get());
        } catch (SQLException e) {
            LOG.debug("no migration history to compare: {}", e.getMessage());
            return false; // no history table yet, or no database: Flyway's case
        }
    }

    void release() {
        Connection connection = held;
        held = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the history connection failed", e);
            }
        }
    }

    private static Optional<List<String>> buildHistory() {
        try (InputStream in = EmbeddedDatabaseTemplate.resource(MigrationHistory.FILE)) {
            if (in == null) {
                return Optional.empty();
            }
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return Optional.of(reader.lines().filter(line -> !line.isBlank()).toList());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Closes the history connection once the pool holds the database open. */
    @Singleton
    @Requires(property = EmbeddedDatabaseTemplate.SWITCH, notEquals = "false")
    static final class Release implements BeanCreatedEventListener<DataSource> {
        private final CurrentSchema schema;

        Release(CurrentSchema schema) {
            this.schema = schema;
        }

        @Override
        public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
            schema.release();
            return event.getBean();
        }
    }
}
