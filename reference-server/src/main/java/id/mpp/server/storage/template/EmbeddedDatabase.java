package id.mpp.server.storage.template;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An H2 file database named by a JDBC URL ({@code jdbc:h2:file:<path>;<settings>}): where its file lies and the
 * settings it is opened with. Only plain paths qualify; {@code ~} and other H2 path forms are left alone.
 */
record EmbeddedDatabase(Path path, String settings, String username, String password) {
    private static final String PREFIX = "jdbc:h2:file:";

    static Optional<EmbeddedDatabase> of(String url, String username, String password) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String settings = semicolon < 0 ? "" : rest.substring(semicolon + 1);
        if (location.isEmpty() || location.startsWith("~") || location.contains(":")) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddedDatabase(Path.of(location), settings, Objects.requireNonNullElse(username, ""),
                Objects.requireNonNullElse(password, "")));
    }

    /** The file H2's MVStore keeps the database in. */
    Path file() {
        return path.resolveSibling(path.getFileName() + ".mv.db");
    }

    String url() {
        return PREFIX + path + (settings.isEmpty() ? "" : ";" + settings);
    }
}
