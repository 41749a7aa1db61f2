package id.mpp.server.storage.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system blob store: nothing visible before the commit, ranges, destruction, orphans (DOC-015). */
class FileSystemBlobStoreTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("A blob is readable under its key only once committed, with the size and SHA-256 of its bytes")
    void commitMakesVisible() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(folder);
        byte[] bytes = new byte[200_000];
        new Random(1).nextBytes(bytes);
        BlobStore.BlobWriter writer = store.create();
        writer.write(bytes, 0, 100_000);
        assertThat(store.keys()).isEmpty();
        writer.write(bytes, 100_000, 100_000);
        BlobStore.StoredBlob blob = writer.commit();

        assertThat(blob.size()).isEqualTo(200_000);
        assertThat(blob.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(bytes)));
        assertThat(store.keys()).containsExactly(blob.key());
        try (InputStream in = store.open(blob.key(), 1000, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, 1010));
        }
        try (Stream files = new Stream(folder.resolve("tmp"))) {
            assertThat(files.count()).isZero();
        }
    }

    @Test
    @DisplayName("An aborted write leaves nothing; destroy removes the bytes; orphans and partial writes are cleaned")
    void abortDestroyAndOrphans() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(folder);
        BlobStore.BlobWriter aborted = store.create();
        aborted.write(new byte[10], 0, 10);
        aborted.abort();
        BlobStore.StoredBlob kept = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        BlobStore.StoredBlob orphan = store.put(new ByteArrayInputStream(new byte[] {4, 5, 6}));
        BlobStore.BlobWriter crashed = store.create();
        crashed.write(new byte[] {7}, 0, 1);

        assertThat(store.removeOrphans(Set.of(kept.key()))).isEqualTo(2);
        assertThat(store.keys()).containsExactly(kept.key());
        try (Stream files = new Stream(folder.resolve("tmp"))) {
            assertThat(files.count()).isZero();
        }
        store.destroy(kept.key());
        assertThat(store.keys()).isEmpty();
        assertThatThrownBy(() -> store.open(kept.key(), 0, 3)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd", 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class Stream implements AutoCloseable {
        private final java.util.stream.Stream<Path> files;

        Stream(Path dir) throws java.io.IOException {
            this.files = Files.list(dir);
        }

        long count() {
            return files.count();
        }

        @Override
        public void close() {
            files.close();
        }
    }
}
