package id.mpp.sdk.documents;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The media types the vault stores, recognised by their leading bytes (magic numbers) or a file name's extension. */
final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String OCTET_STREAM = "application/octet-stream";

    /** The most leading bytes any check needs (PNG's signature). */
    static final int HEAD_LENGTH = 8;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** {@code type/subtype} with optional parameters, and no character that could end a header line. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*"
            + "(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(\"[^\"\\r\\n]*\"|[A-Za-z0-9!#$&^_.+-]+))*");

    private MediaTypes() {
    }

    /**
     * The media type to declare for a file: the one its leading bytes show, else the one its name's extension
     * names, else {@code application/octet-stream} (the server then judges by the leading bytes itself).
     */
    static String detect(byte[] head, String fileName) {
        return sniff(head).or(() -> fromFileName(fileName)).orElse(OCTET_STREAM);
    }

    /** The media type whose magic number {@code head} starts with. */
    static Optional<String> sniff(byte[] head) {
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The media type a file name's extension names ({@code .pdf}, {@code .jpg}, {@code .jpeg}, {@code .png}). */
    static Optional<String> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        if (name.endsWith(".png")) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** The extension of a stored media type, for a file name made up when the caller gave none. */
    static String extension(String mediaType) {
        switch (mediaType) {
            case PDF:
                return ".pdf";
            case JPEG:
                return ".jpg";
            case PNG:
                return ".png";
            default:
                return "";
        }
    }

    /**
     * Checks that {@code mediaType} is a well-formed media type that can go into a part's header.
     *
     * @throws IllegalArgumentException when it is not
     */
    static String requireValid(String mediaType) {
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("Not a media type: " + mediaType);
        }
        return mediaType;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
