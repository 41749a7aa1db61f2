package id.mpp.conformance.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.mpp.conformance.config.WebhookConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The suite's webhook receiver: a small HTTP server, started at the first use in a run, that records every request
 * (headers, exact body, arrival time) and answers each as the test that owns its path scripted (200 by default).
 * Tests share it; each takes paths of its own ({@link #newPath}), so that concurrent tests tell their deliveries
 * apart. Tests wait for deliveries with {@link #await}, which wakes up on every arrival and gives up at a deadline.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final String PREFIX = "/mpp-conformance/";

    private final WebhookConfig config;
    private final Map<String, Function<ReceivedRequest, Reply>> replies = new ConcurrentHashMap<>();
    private final List<ReceivedRequest> received = new ArrayList<>();
    private HttpServer server;
    private ExecutorService executor;
    private URI publicUrl;

    /** A receiver for this configuration; nothing listens before the first {@link #url}. */
    public WebhookReceiver(WebhookConfig config) {
        this.config = config;
    }

    /** A new path of the receiver, unique in the run, ending with {@code name} (for the reader of the reports). */
    public String newPath(String name) {
        return PREFIX + UUID.randomUUID().toString().substring(0, 8) + "/" + name;
    }

    /** The URL the implementation calls to reach {@code path}; starts the receiver at the first call. */
    public synchronized String url(String path) {
        start();
        return publicUrl + path;
    }

    /** Answers each request to {@code path} with what {@code reply} decides for it; unscripted paths answer 200. */
    public void answer(String path, Function<ReceivedRequest, Reply> reply) {
        replies.put(path, reply);
    }

    /** The requests to {@code path} so far, in the order they arrived. */
    public List<ReceivedRequest> received(String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /**
     * Waits until the requests to {@code path} satisfy {@code done}, at most {@code timeout}, and answers them; fails
     * the test at the deadline, naming what arrived.
     */
    public List<ReceivedRequest> await(String path, Predicate<List<ReceivedRequest>> done, Duration timeout,
            String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                List<ReceivedRequest> mine = received.stream().filter(r -> r.path().equals(path)).toList();
                if (done.test(mine)) {
                    return mine;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the webhook receiver did not get " + what + " at " + path + " within "
                            + timeout.toSeconds() + " s; it got " + mine.size() + " request(s): "
                            + mine.stream().map(r -> r.webhookId() + " " + r.text()).toList());
                }
                try {
                    received.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + what, e);
                }
            }
        }
    }

    private void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(config.receiverHost(), config.receiverPort()), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook receiver cannot listen on " + config.receiverHost() + ":"
                    + config.receiverPort() + " (webhooks.receiver_host, webhooks.receiver_port)", e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        publicUrl = config.publicUrl() != null ? config.publicUrl()
                : URI.create("http://" + hostForUrl(config.receiverHost()) + ":" + server.getAddress().getPort());
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        ReceivedRequest request = new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(headers), body, at);
        Reply reply = replies.getOrDefault(request.path(), r -> Reply.ok()).apply(request);
        synchronized (received) {
            received.add(request);
            received.notifyAll();
        }
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** Stops listening (at the end of the run). */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }
}
