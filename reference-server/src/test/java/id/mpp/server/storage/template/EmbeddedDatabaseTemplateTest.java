package id.mpp.server.storage.template;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's migrated template for new embedded databases. The template is made by the build
 * ({@code process-classes}, see TemplateBuilder), so these tests need a Maven build of this module.
 */
class EmbeddedDatabaseTemplateTest {
    @TempDir
    Path dataDir;

    private static final String SETTINGS = templateSettings();

    private static String templateSettings() {
        try (InputStream in = EmbeddedDatabaseTemplateTest.class.getClassLoader()
                .getResourceAsStream("embedded-db/template.properties")) {
            assertThat(in).as("the template made by mvn process-classes (TemplateBuilder)").isNotNull();
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("settings");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String settings) {
        return "jdbc:h2:file:" + dataDir.resolve("db/mpp") + ";" + settings;
    }

    @Test
    @DisplayName("Only plain H2 file URLs name an embedded database: not memory, home-relative or server URLs")
    void parsesOnlyPlainFileUrls() {
        EmbeddedDatabase database = EmbeddedDatabase.of("jdbc:h2:file:./mpp-data/db/mpp;MODE=PostgreSQL", "sa", null)
                .orElseThrow();
        assertThat(database.file()).isEqualTo(Path.of("./mpp-data/db/mpp.mv.db"));
        assertThat(database.settings()).isEqualTo("MODE=PostgreSQL");
        assertThat(database.password()).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:h2:file:/srv/mpp", "sa", "").orElseThrow().settings()).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:h2:mem:test;MODE=PostgreSQL", "sa", "")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:h2:file:~/mpp", "sa", "")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:h2:file:C:/data/mpp", "sa", "")).isEmpty();
        assertThat(EmbeddedDatabase.of("jdbc:postgresql://db/mpp", "mpp", "secret")).isEmpty();
        assertThat(EmbeddedDatabase.of(null, null, null)).isEmpty();
    }

    @Test
    @DisplayName("A new database with the template's settings is the migrated template; an existing one is left alone")
    void copiesTheTemplateOnlyIntoANewDatabase() throws SQLException, IOException {
        EmbeddedDatabase database = EmbeddedDatabase.of(url(SETTINGS), "sa", "").orElseThrow();

        assertThat(EmbeddedDatabaseTemplate.createFromTemplate(database)).isTrue();
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "");
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from region")).isEqualTo(21);
            assertThat(count(statement, "select count(*) from flyway_schema_history where success")).isPositive();
            statement.execute("create table kept_by_the_second_start (id int)");
        }
        long changed = Files.size(database.file());

        assertThat(EmbeddedDatabaseTemplate.createFromTemplate(database)).isFalse();
        assertThat(Files.size(database.file())).isEqualTo(changed);
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "");
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from kept_by_the_second_start")).isZero();
        }
    }

    @Test
    @DisplayName("Other settings, another user or a password: the database is left to Flyway")
    void leavesDatabasesTheTemplateDoesNotFit() {
        assertThat(EmbeddedDatabaseTemplate.createFromTemplate(
                EmbeddedDatabase.of(url("MODE=PostgreSQL"), "sa", "").orElseThrow())).isFalse();
        assertThat(EmbeddedDatabaseTemplate.createFromTemplate(
                EmbeddedDatabase.of(url(SETTINGS), "mpp", "").orElseThrow())).isFalse();
        assertThat(EmbeddedDatabaseTemplate.createFromTemplate(
                EmbeddedDatabase.of(url(SETTINGS), "sa", "secret").orElseThrow())).isFalse();
        assertThat(dataDir.resolve("db/mpp.mv.db")).doesNotExist();
    }

    @Test
    @DisplayName("The server on a new embedded database starts on the template; Flyway has nothing to do and is not run")
    void serverStartsOnTheTemplate() throws SQLException {
        Instant started = Instant.now();
        try (ApplicationContext context = start(true)) {
            assertThat(flywayRan(context)).isFalse();
            try (Connection connection = DriverManager.getConnection(url(SETTINGS), "sa", "");
                    Statement statement = connection.createStatement();
                    ResultSet installed = statement.executeQuery(
                            "select max(installed_on) from flyway_schema_history")) {
                installed.next();
                Timestamp latest = installed.getTimestamp(1);
                assertThat(latest.toInstant()).as("every migration came with the template, made by the build")
                        .isBefore(started);
            }
        }
        assertThat(dataDir.resolve("db/mpp.mv.db")).exists();
    }

    @Test
    @DisplayName("A database Flyway migrated itself skips Flyway on the next start when its history is the build's")
    void databaseMigratedByFlywayIsCurrent() {
        try (ApplicationContext context = start(false)) {
            assertThat(flywayRan(context)).isTrue();
        }
        try (ApplicationContext context = start(true)) {
            assertThat(flywayRan(context)).isFalse();
        }
    }

    @Test
    @DisplayName("A history that differs from the build's (an edited migration) is Flyway's to judge: validation fails")
    void differentHistoryIsLeftToFlyway() throws SQLException {
        try (ApplicationContext context = start(true)) {
            assertThat(flywayRan(context)).isFalse();
        }
        try (Connection connection = DriverManager.getConnection(url(SETTINGS), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'");
        }
        assertThatThrownBy(() -> start(true).close()).hasStackTraceContaining("checksum mismatch");
    }

    private ApplicationContext start(boolean fastStart) {
        return ApplicationContext.run(Map.of("datasources.default.url", url(SETTINGS),
                EmbeddedDatabaseTemplate.SWITCH, Boolean.toString(fastStart)), "test");
    }

    /** Micronaut registers the Flyway it ran as a bean named after the data source. */
    private static boolean flywayRan(ApplicationContext context) {
        return context.findBean(Flyway.class, Qualifiers.byName("default")).isPresent();
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
