package id.mpp.sdk.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-256, size and leading bytes of some content, computed in one pass through a fixed buffer, so that
 * a file of any size is hashed in constant memory.
 */
final class ContentDigest {

    /** The buffer each pass reads through; the only memory hashing uses, whatever the content's size. */
    static final int BUFFER_SIZE = 64 * 1024;

    private final String sha256;
    private final long size;
    private final byte[] head;

    private ContentDigest(String sha256, long size, byte[] head) {
        this.sha256 = sha256;
        this.size = size;
        this.head = head;
    }

    /** Reads a file once and answers its digest. */
    static ContentDigest of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copy(in, OutputStream.nullOutputStream());
        }
    }

    /** Reads {@code in} to its end, writing every byte to {@code out}, and answers the digest of what passed. */
    static ContentDigest copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        byte[] head = new byte[MediaTypes.HEAD_LENGTH];
        int headLength = 0;
        long size = 0;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            sha256.update(buffer, 0, read);
            out.write(buffer, 0, read);
            if (headLength < head.length) {
                int take = Math.min(head.length - headLength, read);
                System.arraycopy(buffer, 0, head, headLength, take);
                headLength += take;
            }
            size += read;
        }
        return new ContentDigest(HexFormat.of().formatHex(sha256.digest()), size, Arrays.copyOf(head, headLength));
    }

    /** A new SHA-256 digest. */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The SHA-256 in lower-case hexadecimal, as the contract's {@code sha256} part and {@code ETag} carry it. */
    String sha256() {
        return sha256;
    }

    /** The number of bytes. */
    long size() {
        return size;
    }

    /** The first bytes (up to {@link MediaTypes#HEAD_LENGTH}), for recognising the media type. */
    byte[] head() {
        return head.clone();
    }
}
