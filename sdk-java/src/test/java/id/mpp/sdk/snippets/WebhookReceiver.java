package id.mpp.sdk.snippets;

import com.sun.net.httpserver.HttpHandler;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.webhooks.WebhookSignatureException;
import id.mpp.sdk.webhooks.WebhookVerifier;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.BlockingQueue;

/** The README's "Receive webhooks", compiled and run by the build ({@code WebhookReceiverTest}). */
final class WebhookReceiver {

    private static final Logger LOG = System.getLogger(WebhookReceiver.class.getName());

    private WebhookReceiver() {
    }

    // tag::webhooks[]
    static HttpHandler receiver(WebhookVerifier verifier, BlockingQueue<Event> work) {
        return exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();  // the raw bytes, never re-serialised
                Event event;
                try {
                    event = verifier.verify(exchange.getRequestHeaders()::getFirst, body);
                } catch (WebhookSignatureException e) {                 // forged, altered or replayed
                    LOG.log(Level.WARNING, "Kiriman ditolak (" + e.reason() + "): " + e.getMessage());
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                work.add(event);                          // handled elsewhere; deduplicate by event.getId()
                exchange.sendResponseHeaders(204, -1);    // acknowledge at once: within 10 seconds
            }
        };
    }
    // end::webhooks[]
}
