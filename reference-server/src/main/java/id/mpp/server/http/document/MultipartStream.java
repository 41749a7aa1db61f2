package id.mpp.server.http.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming reader of a {@code multipart/form-data} body (RFC 7578, RFC 2046 §5.1) over the raw request body: the
 * parts come one after another, in the order sent, and each part's content is read as a stream, so that memory stays
 * at one 64 KiB buffer whatever the size of the file. Written by hand because the server must see the parts in
 * their order and stop reading the file as soon as a rule fails (see {@link DocumentUploads}).
 */
final class MultipartStream {
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 32;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean inBody;
    private boolean finished;

    /** Malformed multipart body: no boundary, a part without headers, no closing delimiter. */
    static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    /** One part's headers. */
    record Part(String name, String fileName, String contentType) {
    }

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The body starts with the first delimiter without its CRLF: pretend the CRLF was there.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
        inBody = true; // the preamble, skipped by the first nextPart()
    }

    /** The boundary parameter of a multipart/form-data Content-Type, or null when it is not one. */
    static String boundaryOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] pieces = contentType.split(";");
        if (!pieces[0].trim().equalsIgnoreCase("multipart/form-data")) {
            return null;
        }
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i].trim();
            int eq = piece.indexOf('=');
            if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                String value = piece.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() || value.length() > 70 ? null : value;
            }
        }
        return null;
    }

    /** The next part, its content unread; null after the closing delimiter. */
    Part nextPart() throws IOException {
        if (finished) {
            return null;
        }
        byte[] skip = new byte[4096];
        while (inBody) {
            if (read(skip, 0, skip.length) < 0) {
                break;
            }
        }
        // After a delimiter: "--" closes the body, otherwise optional white space and CRLF open a part.
        if (!ensure(2)) {
            throw new MalformedException("The multipart body ends without its closing delimiter");
        }
        if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
            finished = true;
            return null;
        }
        while (ensure(1) && (buffer[pos] == ' ' || buffer[pos] == '\t')) {
            pos++;
        }
        if (!ensure(2) || buffer[pos] != '\r' || buffer[pos + 1] != '\n') {
            throw new MalformedException("A multipart delimiter is not followed by a line end");
        }
        pos += 2;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int count = 0; ; count++) {
            String line = readLine();
            if (line.isEmpty()) {
                break;
            }
            if (count >= MAX_HEADERS) {
                throw new MalformedException("Too many part headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        inBody = true;
        Map<String, String> disposition = parameters(headers.get("content-disposition"));
        String contentType = headers.get("content-type");
        if (contentType != null) {
            int semicolon = contentType.indexOf(';');
            contentType = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).trim()
                    .toLowerCase(Locale.ROOT);
            if (contentType.isEmpty()) {
                contentType = null;
            }
        }
        String fileName = disposition.containsKey("filename*") ? extended(disposition.get("filename*"))
                : disposition.get("filename");
        return new Part(disposition.get("name"), fileName, contentType);
    }

    /** Reads the current part's content; -1 at its end. */
    int read(byte[] target, int offset, int length) throws IOException {
        if (!inBody) {
            return -1;
        }
        while (true) {
            int found = indexOfDelimiter();
            if (found == pos) {
                pos += delimiter.length;
                inBody = false;
                return -1;
            }
            int safeEnd;
            if (found >= 0) {
                safeEnd = found;
            } else if (eof) {
                throw new MalformedException("The multipart body ends without its closing delimiter");
            } else {
                safeEnd = limit - (delimiter.length - 1);
            }
            int n = Math.min(length, safeEnd - pos);
            if (n > 0) {
                System.arraycopy(buffer, pos, target, offset, n);
                pos += n;
                return n;
            }
            fill();
        }
    }

    /** Reads the rest of the current part, up to {@code max} bytes kept; null when it is longer. */
    byte[] readSmall(int max) throws IOException {
        byte[] kept = new byte[max];
        int size = 0;
        boolean tooLong = false;
        byte[] chunk = new byte[1024];
        for (int n = read(chunk, 0, chunk.length); n >= 0; n = read(chunk, 0, chunk.length)) {
            if (size + n > max) {
                tooLong = true;
            } else {
                System.arraycopy(chunk, 0, kept, size, n);
                size += n;
            }
        }
        if (tooLong) {
            return null;
        }
        byte[] result = new byte[size];
        System.arraycopy(kept, 0, result, 0, size);
        return result;
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        int lastStart = limit - delimiter.length;
        for (int i = pos; i <= lastStart; i++) {
            if (buffer[i] != first) {
                continue;
            }
            int j = 1;
            while (j < delimiter.length && buffer[i + j] == delimiter[j]) {
                j++;
            }
            if (j == delimiter.length) {
                return i;
            }
        }
        return -1;
    }

    private String readLine() throws IOException {
        while (true) {
            for (int i = pos; i + 1 < limit; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, pos, i - pos, StandardCharsets.UTF_8);
                    pos = i + 2;
                    return line;
                }
            }
            if (limit - pos > MAX_HEADER_LINE) {
                throw new MalformedException("A part header line is too long");
            }
            if (eof) {
                throw new MalformedException("The multipart body ends inside a part's headers");
            }
            fill();
        }
    }

    /** Whether at least {@code n} unread bytes are buffered (reading more when needed). */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            fill();
        }
        return true;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buffer.length) {
            throw new MalformedException("Multipart buffer overflow");
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** The parameters of a Content-Disposition header ({@code form-data; name="file"; filename="a.pdf"}). */
    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (header == null) {
            return parameters;
        }
        int i = header.indexOf(';');
        if (i < 0) {
            return parameters;
        }
        int n = header.length();
        while (i < n) {
            while (i < n && (header.charAt(i) == ';' || Character.isWhitespace(header.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && header.charAt(i) != '=' && header.charAt(i) != ';') {
                i++;
            }
            String name = header.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
            if (i >= n || header.charAt(i) == ';') {
                continue;
            }
            i++; // '='
            while (i < n && Character.isWhitespace(header.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && header.charAt(i) == '"') {
                i++;
                while (i < n && header.charAt(i) != '"') {
                    char c = header.charAt(i);
                    // Browsers do not escape backslashes in file names (C:\path\file.pdf): keep one unless it
                    // escapes a quote.
                    if (c == '\\' && i + 1 < n && header.charAt(i + 1) == '"') {
                        i++;
                        c = '"';
                    }
                    value.append(c);
                    i++;
                }
                i++;
            } else {
                while (i < n && header.charAt(i) != ';') {
                    value.append(header.charAt(i));
                    i++;
                }
            }
            if (!name.isEmpty() && !parameters.containsKey(name)) {
                parameters.put(name, name.endsWith("*") ? value.toString().trim() : value.toString());
            }
        }
        return parameters;
    }

    /** An RFC 8187 extended value ({@code UTF-8''Scan%20KTP.pdf}); null when it cannot be read. */
    private static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0 || !value.substring(0, first).equalsIgnoreCase("UTF-8")) {
            return null;
        }
        try {
            return URLDecoder.decode(value.substring(second + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
