package id.mpp.server.storage.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Build-time step (the pom runs it after compiling): migrates a fresh H2 database with the migrations and the
 * default URL's settings in {@code <classes>/application.properties} and leaves it, compacted, in
 * {@code <classes>/embedded-db/} for {@link EmbeddedDatabaseTemplate} to copy at a first start, with the migration
 * history it ended with for {@link CurrentSchema} to compare.
 * Usage: {@code TemplateBuilder <classes folder>}.
 */
public final class TemplateBuilder {
    private TemplateBuilder() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateBuilder <classes folder>");
        }
        Path classes = Path.of(args[0]).toAbsolutePath();
        Properties application = load(classes.resolve("application.properties"));
        EmbeddedDatabase configured = EmbeddedDatabase.of(application.getProperty("datasources.default.url"),
                application.getProperty("datasources.default.username"),
                application.getProperty("datasources.default.password"))
                .filter(database -> database.password().isEmpty())
                .orElseThrow(() -> new IllegalStateException(
                        "the default datasource is not an H2 file database whose user has no password"));
        Path folder = classes.resolve(EmbeddedDatabaseTemplate.FOLDER);
        deleteRecursively(folder);
        Files.createDirectories(folder);
        var template = new EmbeddedDatabase(folder.resolve("mpp"), configured.settings(), configured.username(),
                configured.password());
        int applied = Flyway.configure()
                .dataSource(template.url(), template.username(), template.password())
                .locations("filesystem:" + classes.resolve("db/migration"))
                .load().migrate().migrationsExecuted;
        try (Connection connection = DriverManager.getConnection(template.url(), template.username(),
                template.password()); Statement statement = connection.createStatement()) {
            Files.write(folder.resolve(MigrationHistory.FILE), MigrationHistory.read(connection));
            statement.execute("SHUTDOWN COMPACT");
        }
        Files.move(template.file(), folder.resolve(EmbeddedDatabaseTemplate.DATABASE));
        // Written by hand rather than by Properties.store, which dates the file and so the jar.
        Files.writeString(folder.resolve(EmbeddedDatabaseTemplate.DESCRIPTION),
                "# Made by TemplateBuilder at build time; see EmbeddedDatabaseTemplate\n"
                        + "settings=" + template.settings() + "\n"
                        + "username=" + template.username() + "\n"
                        + "migrations=" + applied + "\n");
        System.out.printf("embedded database template: %d migrations applied, %s%n", applied, folder);
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
