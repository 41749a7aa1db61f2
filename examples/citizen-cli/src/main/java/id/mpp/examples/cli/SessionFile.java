package id.mpp.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.sdk.auth.RefreshTokenStore;
import id.mpp.sdk.auth.TokenSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The signed-in session kept between commands: the server, the client, the subject and the latest refresh token,
 * in a JSON file only its owner may read ({@code rw-------} in a {@code rwx------} folder), replaced in one move at
 * every refresh-token rotation. It is also the SDK's {@link RefreshTokenStore}: the provider rotates the refresh
 * token at every refresh, and a spent one sent again ends the whole sign-in, so every new one must be kept at once.
 */
final class SessionFile implements RefreshTokenStore {

    /** What the file holds. */
    record Saved(String server, String clientId, String subject, String name, String refreshToken) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path path;
    private Saved current;

    SessionFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    synchronized Optional<Saved> read() {
        if (current == null && Files.exists(path)) {
            try {
                ObjectNode node = (ObjectNode) JSON.readTree(path.toFile());
                current = new Saved(node.path("server").asText(), node.path("client_id").asText(),
                        node.path("subject").asText(null), node.path("name").asText(null),
                        node.path("refresh_token").asText());
            } catch (IOException | ClassCastException e) {
                throw new IllegalStateException("Cannot read the session file " + path + ": " + e.getMessage(), e);
            }
        }
        return Optional.ofNullable(current);
    }

    /** Keeps a whole session, e.g. right after sign-in. */
    synchronized void save(Saved saved) {
        current = saved;
        write(saved);
    }

    /** Called by the SDK with every rotated token set, under the session's refresh lock. */
    @Override
    public synchronized void store(TokenSet tokens) {
        Saved before = read().orElseThrow(() -> new IllegalStateException("no session to update"));
        tokens.refreshToken().ifPresent(token -> save(new Saved(before.server(), before.clientId(), before.subject(),
                before.name(), token)));
    }

    synchronized void delete() {
        current = null;
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the session file " + path, e);
        }
    }

    private void write(Saved saved) {
        try {
            Path folder = path.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                if (POSIX) {
                    Files.createDirectories(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            ObjectNode node = JSON.createObjectNode();
            node.put("server", saved.server());
            node.put("client_id", saved.clientId());
            node.put("subject", saved.subject());
            node.put("name", saved.name());
            node.put("refresh_token", saved.refreshToken());
            // A temporary file is created rw------- on POSIX systems; it then replaces the old one at once.
            Path next = Files.createTempFile(folder, ".session", ".tmp");
            try {
                if (POSIX) {
                    Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(next, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
                Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session in " + path, e);
        }
    }
}
