package id.mpp.server.domain.vault;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The stored file name of an upload (the contract's {@code Document.file_name}, OWASP File Upload Cheat Sheet):
 * used for display and {@code Content-Disposition} only, never as a storage path.
 */
public final class FileNames {
    private static final int MAX_BASE = 100;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private FileNames() {
    }

    /**
     * The sanitised name: (1) after the last {@code /} or {@code \}; (2) NFC; (3) no control or bidirectional
     * characters; (4) {@code < > : " / \ | ? * ;} and {@code %} become {@code _}; (5) runs of white space become one
     * space; (6) the last extension dropped and other dots made {@code _}; (7) spaces, {@code _} and {@code -}
     * trimmed at both ends, cut to 100 characters; (8) the type code in lower case when nothing (or a reserved
     * device name) is left; (9) the stored media type's extension appended.
     */
    public static String sanitise(String original, String typeCode, String mediaType) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                return;
            }
            if ("<>:\"/\\|?*;%".indexOf(c) >= 0) {
                kept.append('_');
            } else {
                kept.appendCodePoint(c);
            }
        });
        name = kept.toString().replaceAll("\\s+", " ");
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot);
        }
        name = name.replace('.', '_');
        name = trim(name);
        if (name.codePointCount(0, name.length()) > MAX_BASE) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_BASE));
            name = trim(name);
        }
        if (name.isEmpty() || RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            name = typeCode.toLowerCase(Locale.ROOT);
        }
        return name + extension(mediaType);
    }

    /** {@code .pdf}, {@code .jpg} or {@code .png}. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case MediaTypes.PDF -> ".pdf";
            case MediaTypes.JPEG -> ".jpg";
            case MediaTypes.PNG -> ".png";
            default -> throw new IllegalArgumentException("Not a stored media type: " + mediaType);
        };
    }

    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && " _-".indexOf(name.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " _-".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(start, end);
    }
}
