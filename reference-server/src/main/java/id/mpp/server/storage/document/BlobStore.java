package id.mpp.server.storage.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Where the vault keeps the bytes of documents, apart from their metadata. Bytes are written through a
 * {@link BlobWriter}, which hashes them as they come and makes them durable and visible under their key only on
 * {@link BlobWriter#commit()}; nothing partial is ever readable under a key. The metadata row naming the key is
 * committed after the blob (so a crash leaves at worst an orphan blob, never a row without bytes), and orphans are
 * removed by {@link #removeOrphans(Set)} at start-up. Implemented on the file system ({@link FileSystemBlobStore});
 * an S3-compatible store fits the same interface (multipart upload as the writer, {@code CompleteMultipartUpload}
 * as the commit, a ranged {@code GetObject} as {@link #open}).
 */
public interface BlobStore {

    /** Starts a new blob; its key is chosen by the store and says nothing about the owner or the content. */
    BlobWriter create() throws IOException;

    /** Stores a whole stream as a new blob (for issued documents and tests); the stream is read, not closed. */
    default StoredBlob put(InputStream content) throws IOException {
        BlobWriter writer = create();
        try {
            byte[] buffer = new byte[64 * 1024];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                writer.write(buffer, 0, n);
            }
            return writer.commit();
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    /**
     * The bytes of {@code key} from {@code offset}, {@code length} of them (the caller knows the size from the
     * metadata). The caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such blob
     */
    InputStream open(String key, long offset, long length) throws IOException;

    /** Destroys the blob's bytes (overwritten, then removed); no-op when there is none. */
    void destroy(String key) throws IOException;

    /** Every committed blob's key. */
    Set<String> keys() throws IOException;

    /**
     * Removes what a crash can leave: unfinished writes, and committed blobs whose key is not in {@code known}.
     * Call it only while no upload runs (at start-up). Answers how many were removed.
     */
    int removeOrphans(Set<String> known) throws IOException;

    /** A blob being written. Not thread-safe: one upload writes it. */
    interface BlobWriter {

        void write(byte[] bytes, int offset, int length) throws IOException;

        /** Bytes written so far. */
        long size();

        /** The SHA-256 of the bytes written so far, in lower-case hex (ends the hashing: call once, at the end). */
        String sha256();

        /** Makes the blob durable and readable under its key (fsync and atomic rename). */
        StoredBlob commit() throws IOException;

        /** Discards what was written; safe to call after a failure, or twice. */
        void abort();
    }

    /** A committed blob. */
    record StoredBlob(String key, long size, String sha256) {
    }
}
