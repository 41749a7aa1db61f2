package id.mpp.sdk.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a received multipart body into its parts, in order, to check what WireMock's matchers cannot: the order. */
final class MultipartParts {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=([^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    /** One part: its raw header block and its body bytes. */
    static final class Part {
        final String headers;
        final byte[] body;

        Part(String headers, byte[] body) {
            this.headers = headers;
            this.body = body;
        }

        String name() {
            Matcher name = NAME.matcher(headers);
            return name.find() ? name.group(1) : null;
        }
    }

    private MultipartParts() {
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new AssertionError("No boundary in " + contentType);
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = {'\r', '\n'};
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at != 0) {
            throw new AssertionError("The body does not start with the boundary");
        }
        while (true) {
            int afterDelimiter = at + delimiter.length;
            if (body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
                if (!Arrays.equals(Arrays.copyOfRange(body, afterDelimiter + 2, body.length), crlf)) {
                    throw new AssertionError("Something follows the closing boundary");
                }
                return parts;
            }
            int headersStart = afterDelimiter + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
            int next = indexOf(body, concat(crlf, delimiter), headersEnd);
            parts.add(new Part(new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(body, headersEnd + 4, next)));
            at = next + 2;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("Not found in the multipart body: " + new String(needle, StandardCharsets.ISO_8859_1));
    }
}
