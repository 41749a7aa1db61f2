package id.mpp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lean load generator's HTTP/1.1 exchange against the JDK's own HTTP server. */
class SocketLoadTest {
    private HttpServer server;
    private URI base;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 200, "{\"ok\":true}", false));
        server.createContext("/chunked", exchange -> answer(exchange, 201, "x".repeat(20_000), true));
        server.createContext("/echo", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 400, "no", false);
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body, boolean chunked)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void readsFixedLengthAndChunkedAnswersOnOneKeptAliveConnection() throws IOException {
        try (var connection = new SocketLoad.Connection(base)) {
            byte[] fixed = SocketLoad.request(base, "GET", "/fixed", Map.of(), null);
            byte[] chunked = SocketLoad.request(base, "GET", "/chunked", Map.of(), null);
            for (int i = 0; i < 3; i++) {
                assertThat(connection.exchange(fixed)).isEqualTo(200);
                assertThat(connection.exchange(chunked)).isEqualTo(201);
            }
        }
    }

    @Test
    void sendsTheHeadersAndTheBody() throws IOException {
        try (var connection = new SocketLoad.Connection(base)) {
            assertThat(connection.exchange(SocketLoad.request(base, "POST", "/echo",
                    Map.of("Authorization", "Basic abc"), "grant_type=client_credentials"))).isEqualTo(400);
        }
        assertThat(seen).containsExactly("POST Basic abc grant_type=client_credentials");
    }

    @Test
    void aWrongStatusIsAFailureOfTheWindow() {
        Stats stats = SocketLoad.run(base, 2, java.time.Duration.ZERO, java.time.Duration.ofMillis(200),
                SocketLoad.request(base, "POST", "/echo", Map.of(), "x"), 200);
        assertThat(stats.failures()).isPositive();
        assertThat(stats.perSecond()).isZero();
    }

    @Test
    void aClosedServerIsAnError() {
        server.stop(0);
        var connection = new SocketLoad.Connection(base);
        assertThatThrownBy(() -> connection.exchange(SocketLoad.request(base, "GET", "/fixed", Map.of(), null)))
                .isInstanceOf(IOException.class);
    }
}
