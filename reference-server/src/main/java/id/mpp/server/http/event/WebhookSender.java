package id.mpp.server.http.event;

import id.mpp.server.domain.event.WebhookSigning;
import id.mpp.server.domain.event.WebhookUrlPolicy;
import id.mpp.server.storage.event.StoredEvent;
import id.mpp.server.storage.event.StoredSubscription;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLException;

/**
 * Makes one delivery attempt (EVT-026 to EVT-028): POSTs the event's stored JSON to the subscription's URL with the
 * Standard Webhooks headers, signed with every secret that signs at the attempt's time; no redirects; at most the
 * attempt timeout (10 s) for the answer. Outside development mode the host's addresses are checked first and a
 * forbidden one is not contacted (EVT-019). Runs on the dispatcher's workers or, for a manual redelivery, on the
 * request's blocking thread; never on the event loop.
 */
@Singleton
public class WebhookSender {

    private final WebhookSettings settings;
    private final WebhookTiming timing;
    private final ExecutorService clientExecutor = Executors.newCachedThreadPool(daemon("webhook-http"));
    private volatile HttpClient client;

    public WebhookSender(WebhookSettings settings, WebhookTiming timing) {
        this.settings = settings;
        this.timing = timing;
    }

    /**
     * Made at the first delivery, not with the bean: building an HTTP client loads the JDK's default TLS context
     * and trust store (about 0.1 s of a cold start), and most servers deliver nothing in their first seconds.
     */
    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.getAttemptTimeout())
                            .executor(clientExecutor).build();
                    client = made;
                }
            }
        }
        return made;
    }

    /** The result of one attempt. */
    public record Result(Instant attemptedAt, int durationMs, Integer status, String failureReason,
            Duration retryAfter) {
        public boolean succeeded() {
            return failureReason == null;
        }
    }

    public Result send(StoredSubscription subscription, StoredEvent event) {
        Instant attemptedAt = timing.now();
        long started = System.nanoTime();
        URI uri = URI.create(subscription.url());
        if (!settings.isDevelopmentMode()) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (WebhookUrlPolicy.forbiddenAddress(address)) {
                        return new Result(attemptedAt, elapsed(started), null, "FORBIDDEN_ADDRESS", null);
                    }
                }
            } catch (UnknownHostException e) {
                return new Result(attemptedAt, elapsed(started), null, "CONNECTION_FAILED", null);
            }
        }
        byte[] body = event.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = attemptedAt.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.getAttemptTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "MPP-Digital-Webhooks/1.0")
                .header("webhook-id", event.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigning.header(subscription.signingSecrets(attemptedAt),
                        event.id(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Result(attemptedAt, elapsed(started), status, null, null);
            }
            if (status == 410) {
                return new Result(attemptedAt, elapsed(started), status, "RECEIVER_GONE", null);
            }
            Duration retryAfter = status == 429 || status == 503
                    ? response.headers().firstValue("Retry-After").map(WebhookSender::seconds).orElse(null) : null;
            return new Result(attemptedAt, elapsed(started), status, "UNEXPECTED_STATUS", retryAfter);
        } catch (HttpTimeoutException e) {
            return new Result(attemptedAt, elapsed(started), null, "TIMEOUT", null);
        } catch (SSLException e) {
            return new Result(attemptedAt, elapsed(started), null, "TLS_FAILED", null);
        } catch (IOException e) {
            return new Result(attemptedAt, elapsed(started), null,
                    e.getCause() instanceof SSLException ? "TLS_FAILED" : "CONNECTION_FAILED", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(attemptedAt, elapsed(started), null, "CONNECTION_FAILED", null);
        }
    }

    @PreDestroy
    void close() {
        clientExecutor.shutdownNow();
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
