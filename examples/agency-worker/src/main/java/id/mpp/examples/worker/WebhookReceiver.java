package id.mpp.examples.worker;

import com.sun.net.httpserver.HttpServer;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.generated.model.EventType;
import id.mpp.sdk.generated.model.WebhookSubscription;
import id.mpp.sdk.generated.model.WebhookSubscriptionCreate;
import id.mpp.sdk.webhooks.WebhookSignatureException;
import id.mpp.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Webhooks instead of polling: a subscription for the agency's events pointing at a small HTTP server of the JDK,
 * which checks each delivery's signature on the raw bytes with the SDK's {@link WebhookVerifier}, acknowledges it at
 * once with 204 and queues the event for the worker. Closing it deletes the subscription and stops the server.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final MppClient client;
    private final Versioned<WebhookSubscription> subscription;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private WebhookReceiver(HttpServer server, MppClient client, Versioned<WebhookSubscription> subscription) {
        this.server = server;
        this.client = client;
        this.subscription = subscription;
    }

    /**
     * Listens on {@code port} (0: any free one) and subscribes {@code publicUrl}, or the listener's own loopback URL
     * when null (a reference server in development mode accepts it; a real deployment needs an https URL).
     */
    static WebhookReceiver start(MppClient client, int port, URI publicUrl, PrintWriter log) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            URI url = publicUrl != null ? publicUrl
                    : URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mpp-webhooks");
            Versioned<WebhookSubscription> subscription = client.webhookSubscriptions().create(
                    new WebhookSubscriptionCreate().url(url).description("agency-worker example")
                            .eventTypes(List.of(EventType.APPLICATION_SUBMITTED)));
            WebhookReceiver receiver = new WebhookReceiver(server, client, subscription);
            // The secret is shown once, in the answer to the creation.
            WebhookVerifier verifier = WebhookVerifier.create(subscription.value().getSecret());
            server.createContext(url.getPath(), exchange -> {
                try (exchange) {
                    byte[] body = exchange.getRequestBody().readAllBytes(); // the raw bytes, never re-serialised
                    Event event;
                    try {
                        event = verifier.verify(exchange.getRequestHeaders()::getFirst, body);
                    } catch (WebhookSignatureException e) {                // forged, altered or replayed
                        log.println("delivery refused (" + e.reason() + "): " + e.getMessage());
                        log.flush();
                        exchange.sendResponseHeaders(400, -1);
                        return;
                    }
                    receiver.events.add(event);
                    exchange.sendResponseHeaders(204, -1);               // acknowledged at once, handled after
                }
            });
            server.start();
            log.println("webhooks: subscription " + subscription.value().getId() + " delivers to " + url);
            log.flush();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port, e);
        }
    }

    /** The next delivered event, waiting for it. */
    Event take() throws InterruptedException {
        return events.take();
    }

    @Override
    public void close() {
        try {
            client.webhookSubscriptions().delete(client.webhookSubscriptions().get(subscription.value().getId()));
        } finally {
            server.stop(0);
        }
    }
}
