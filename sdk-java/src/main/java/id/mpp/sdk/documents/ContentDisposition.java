package id.mpp.sdk.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the file name of a {@code Content-Disposition} header (RFC 6266), preferring {@code filename*}. */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]+)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^;\"\\s]+)");

    private ContentDisposition() {
    }

    /** The file name the header carries, if any. */
    static Optional<String> fileName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            Optional<String> decoded = percentDecode(extended.group(1));
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            return Optional.of(quoted.group(1).replaceAll("\\\\(.)", "$1"));
        }
        Matcher token = TOKEN.matcher(header);
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    private static Optional<String> percentDecode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8)).filter(name -> !name.isBlank());
    }
}
