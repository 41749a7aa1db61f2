package id.mpp.benchmarks;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lean load generator of the HTTP-bound scenarios (the trivial endpoint, the reads, token issuance): one thread
 * per connection, each with a keep-alive HTTP/1.1 socket, writing the same request bytes again as soon as the
 * previous answer has been read. It costs the shared cores a few microseconds per request where
 * {@code java.net.http.HttpClient} costs tens to hundreds, so that those scenarios measure the server rather than
 * the client (issue 9 allows any load generator; this one needs nothing installed).
 */
final class SocketLoad {
    private SocketLoad() {
    }

    /** One request as bytes: method, path, headers (Host and Content-Length are added) and a body or null. */
    static byte[] request(URI base, String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[start.length + content.length];
        System.arraycopy(start, 0, whole, 0, start.length);
        System.arraycopy(content, 0, whole, start.length, content.length);
        return whole;
    }

    /**
     * Sends {@code request} on {@code connections} connections for the warm-up and the window; an answer other than
     * {@code expectedStatus} counts as a failure. The figures of the window, as {@link Load#threads}.
     */
    static Stats run(URI base, int connections, Duration warmUp, Duration window, byte[] request,
            int expectedStatus) {
        List<Connection> open = new ArrayList<>();
        ThreadLocal<Connection> mine = ThreadLocal.withInitial(() -> {
            Connection connection = new Connection(base);
            synchronized (open) {
                open.add(connection);
            }
            return connection;
        });
        try {
            return Load.threads(connections, warmUp, window, () -> {
                int status = mine.get().exchange(request);
                if (status != expectedStatus) {
                    throw new IOException("answered " + status + ", expected " + expectedStatus);
                }
            });
        } finally {
            synchronized (open) {
                open.forEach(Connection::close);
            }
        }
    }

    /** A keep-alive HTTP/1.1 connection; reconnects when the server closes it. */
    static final class Connection implements Closeable {
        private final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base) {
            this.base = base;
        }

        /** Writes the request, reads the whole answer (its body skipped) and answers its status. */
        int exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
                socket.setSoTimeout(60_000);
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                out = socket.getOutputStream();
            }
            try {
                out.write(request);
                out.flush();
                return readAnswer();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private int readAnswer() throws IOException {
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closes || (length < 0 && !chunked && status != 204 && status != 304)) {
                close(); // no framing but the end of the connection
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("the answer ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }
}
