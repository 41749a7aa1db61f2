package id.mpp.examples.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where the worker is in its agency's event feed: the token of the last page it handled, replaced in one move once
 * the page's events are handled. A restart resumes from it: nothing is lost, and at most the events of the one page
 * being handled when it stopped come again (handling an event twice does no harm).
 */
final class CursorFile {
    private final Path path;

    CursorFile(Path path) {
        this.path = path;
    }

    Optional<String> load() {
        try {
            return Files.exists(path) ? Optional.of(Files.readString(path).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cursor " + path, e);
        }
    }

    void save(String token) {
        try {
            Path folder = path.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path next = Files.createTempFile(folder, ".cursor", ".tmp");
            Files.writeString(next, token);
            Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the cursor in " + path, e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the cursor " + path, e);
        }
    }
}
