package id.mpp.server.domain.vault;

import java.util.Arrays;
import java.util.Optional;

/** The media types the vault stores, and their magic numbers (the leading bytes that show them). */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int SNIFF_LENGTH = 8;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private MediaTypes() {
    }

    public static boolean stored(String mediaType) {
        return PDF.equals(mediaType) || JPEG.equals(mediaType) || PNG.equals(mediaType);
    }

    /** The stored media type {@code leading} (the first bytes of a file, up to {@link #SNIFF_LENGTH}) shows. */
    public static Optional<String> sniff(byte[] leading, int length) {
        if (startsWith(leading, length, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(leading, length, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(leading, length, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
