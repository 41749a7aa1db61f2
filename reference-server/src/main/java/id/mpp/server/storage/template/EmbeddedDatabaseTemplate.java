package id.mpp.server.storage.template;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a new embedded H2 database the build's already-migrated copy instead of an empty file: before the pool
 * opens an H2 file database that does not exist yet, and whose settings and user are the ones the template was
 * made with (and no password), the template ({@link TemplateBuilder}) is copied into place. Its migration history
 * is then the build's, so {@link CurrentSchema} spares it Flyway, and a first start no longer runs every migration
 * with cold code (about half a second of the embedded default's first start). Any other database, an existing
 * file included, is left to Flyway as before.
 */
@Singleton
@Requires(property = EmbeddedDatabaseTemplate.SWITCH, notEquals = "false")
final class EmbeddedDatabaseTemplate implements BeanCreatedEventListener<BasicJdbcConfiguration> {
    /** Turns off the template and the {@link CurrentSchema} check: every start is then Flyway's alone. */
    static final String SWITCH = "mpp.embedded-database.fast-start";
    static final String FOLDER = "embedded-db";
    static final String DATABASE = "template.mv.db";
    static final String DESCRIPTION = "template.properties";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseTemplate.class);

    private final CurrentSchema schema;

    EmbeddedDatabaseTemplate(CurrentSchema schema) {
        this.schema = schema;
    }

    @Override
    public BasicJdbcConfiguration onCreated(BeanCreatedEvent<BasicJdbcConfiguration> event) {
        BasicJdbcConfiguration configuration = event.getBean();
        EmbeddedDatabase.of(configuration.getUrl(), configuration.getUsername(), configuration.getPassword())
                .ifPresent(database -> {
                    createFromTemplate(database);
                    if (Files.exists(database.file())) {
                        schema.check(event.getBeanIdentifier().getName(), database);
                    }
                });
        return configuration;
    }

    /** Copies the template to the database's file when that file is missing and the template fits; true if so. */
    static boolean createFromTemplate(EmbeddedDatabase database) {
        if (Files.exists(database.file())) {
            return false;
        }
        Optional<Properties> description = description();
        if (description.isEmpty() || !fits(description.get(), database)) {
            return false;
        }
        try (InputStream template = resource(DATABASE)) {
            if (template == null) {
                return false;
            }
            Path folder = database.file().toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "template-", ".part");
            try {
                Files.copy(template, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, database.file()); // fails rather than replace a file made meanwhile
            } catch (FileAlreadyExistsException raced) {
                return false; // another process made it first; Flyway checks whatever is there
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + database.file() + " from the build's template", e);
        }
        LOG.info("database created from the build's migrated template file={} migrations={}", database.file(),
                description.get().getProperty("migrations"));
        return true;
    }

    /** The template's user has no password, so a database configured with one is made by Flyway as before. */
    private static boolean fits(Properties description, EmbeddedDatabase database) {
        return database.settings().equals(description.getProperty("settings"))
                && database.username().equals(description.getProperty("username"))
                && database.password().isEmpty();
    }

    private static Optional<Properties> description() {
        try (InputStream in = resource(DESCRIPTION)) {
            if (in == null) {
                return Optional.empty();
            }
            var properties = new Properties();
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static InputStream resource(String name) {
        return EmbeddedDatabaseTemplate.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name);
    }
}
