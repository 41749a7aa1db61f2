package id.mpp.server.storage.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blobs as files under one folder ({@code ${mpp.data-dir}/blobs} by default): {@code tmp/} holds writes in progress,
 * each committed blob is {@code <first two characters of its key>/<key>}. A write goes to a temporary file while it
 * is hashed; the commit forces the file to disk, renames it atomically into place and forces the directory, so that
 * a blob under its key is always complete. Keys are 32 random hex digits.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{32}$");
    private static final String TMP = "tmp";

    private final Path root;
    private final Path tmp;
    private final SecureRandom random = new SecureRandom();

    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve(TMP);
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the blob folder " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public BlobWriter create() throws IOException {
        String key = newKey();
        Path file = tmp.resolve(key + ".part");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FileWriter(key, file, channel);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        Path file = pathOf(key);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(offset);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public void destroy(String key) throws IOException {
        Path file = pathOf(key);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            long written = 0;
            while (written < size) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), size - written));
                written += channel.write(zeros, written);
            }
            channel.force(true);
        } catch (NoSuchFileException gone) {
            return;
        }
        Files.deleteIfExists(file);
        forceDirectory(file.getParent());
    }

    @Override
    public Set<String> keys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path shard : shards) {
                if (shard.getFileName().toString().equals(TMP)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        if (KEY.matcher(name).matches()) {
                            keys.add(name);
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Override
    public int removeOrphans(Set<String> known) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(tmp)) {
            for (Path file : partial) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        for (String key : keys()) {
            if (!known.contains(key)) {
                destroy(key);
                removed++;
            }
        }
        return removed;
    }

    private Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a blob key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for fsync; the rename itself is still atomic.
        }
    }

    private final class FileWriter implements BlobWriter {
        private final String key;
        private final Path file;
        private final FileChannel channel;
        private final MessageDigest digest;
        private long size;
        private String sha256;
        private boolean done;

        FileWriter(String key, Path file, FileChannel channel) {
            this.key = key;
            this.file = file;
            this.channel = channel;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (done) {
                throw new IllegalStateException("The blob is finished");
            }
            digest.update(bytes, offset, length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            size += length;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public String sha256() {
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
            return sha256;
        }

        @Override
        public StoredBlob commit() throws IOException {
            String hash = sha256();
            try {
                channel.force(true);
                channel.close();
                Path target = pathOf(key);
                Files.createDirectories(target.getParent());
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                forceDirectory(target.getParent());
                forceDirectory(tmp);
                done = true;
                return new StoredBlob(key, size, hash);
            } catch (IOException | RuntimeException e) {
                abort();
                throw e;
            }
        }

        @Override
        public void abort() {
            done = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing is best effort; the file is removed below or at the next start.
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left for the orphan clean-up at the next start.
            }
        }
    }

    /** A stream that ends after {@code remaining} bytes. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(bytes, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
