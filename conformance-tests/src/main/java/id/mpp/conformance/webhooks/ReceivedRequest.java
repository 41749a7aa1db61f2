package id.mpp.conformance.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request the suite's webhook receiver got, as it arrived.
 *
 * @param method the HTTP method
 * @param path the request path (without the query)
 * @param headers the headers, names in lower case
 * @param body the exact bytes of the body
 * @param receivedAt when the receiver's clock saw the request arrive
 */
public record ReceivedRequest(String method, String path, Map<String, List<String>> headers, byte[] body,
        Instant receivedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; a body that is not JSON fails the test. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("the webhook body to " + path + " is not JSON: " + text(), e);
        }
    }

    /** The body parsed as JSON, or an empty object when it is not JSON (to filter requests). */
    public JsonNode jsonOrEmpty() {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The event ID the delivery names ({@code webhook-id}). */
    public String webhookId() {
        return header("webhook-id");
    }
}
