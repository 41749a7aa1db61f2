package id.mpp.server.domain.vault;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a content of known size (RFC 9110 §14): {@code first} to {@code last}, both included.
 */
public record ByteRange(long first, long last) {
    private static final Pattern ONE_RANGE = Pattern.compile("^bytes=(\\d{0,19})-(\\d{0,19})$");

    public long length() {
        return last - first + 1;
    }

    /** How a {@code Range} header reads against a content of {@code size} bytes. */
    public sealed interface Reading permits Whole, Partial, Unsatisfiable {
    }

    /** No usable range: send the whole content (no header, several ranges, another unit, malformed). */
    public record Whole() implements Reading {
    }

    public record Partial(ByteRange range) implements Reading {
    }

    /** The range lies outside the content (416). */
    public record Unsatisfiable() implements Reading {
    }

    public static Reading read(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = ONE_RANGE.matcher(header.trim());
        if (!m.matches()) {
            return new Whole();
        }
        String a = m.group(1);
        String b = m.group(2);
        try {
            if (a.isEmpty()) {
                if (b.isEmpty()) {
                    return new Whole();
                }
                long suffix = Long.parseLong(b);
                if (suffix == 0 || size == 0) {
                    return new Unsatisfiable();
                }
                return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(a);
            Optional<Long> last = b.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(b));
            if (last.isPresent() && last.get() < first) {
                return new Whole();
            }
            if (first >= size) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(first, Math.min(size - 1, last.orElse(size - 1))));
        } catch (NumberFormatException tooLong) {
            return new Whole();
        }
    }
}
