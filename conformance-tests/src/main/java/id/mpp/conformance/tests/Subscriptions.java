package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.List;
import java.util.UUID;

/** The webhook-subscription calls of an agency's back-end client, for the tests of capability webhooks. */
final class Subscriptions {

    static final String BASE = "/v1/webhook-subscriptions";

    private Subscriptions() {
    }

    /** A subscription a test created, as createWebhookSubscription answered it. */
    record Created(String id, String etag, String secret, JsonNode json) {
    }

    /** The body of createWebhookSubscription. */
    static ObjectNode body(String url, List<String> eventTypes) {
        ObjectNode body = Accounts.JSON.createObjectNode().put("url", url)
                .put("description", "Uji kesesuaian MPP Digital");
        eventTypes.forEach(body.putArray("event_types")::add);
        return body;
    }

    /** createWebhookSubscription as the back-end client of this role. */
    static Exchange create(TestContext ctx, String clientRole, JsonNode body) {
        return ctx.http().send(call(ctx, clientRole, "POST", BASE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("application/json", body.toString()));
    }

    /** Creates a subscription of the configured agency back-end, failing the test unless it answers 201. */
    static Created created(TestContext ctx, String url, List<String> eventTypes) {
        return created(ctx, "agency_backend", url, eventTypes);
    }

    /** Creates a subscription of the back-end client of this role, failing the test unless it answers 201. */
    static Created created(TestContext ctx, String clientRole, String url, List<String> eventTypes) {
        Exchange e = create(ctx, clientRole, body(url, eventTypes));
        assertThat(e.status()).as("status of createWebhookSubscription: %s", e.responseBody()).isEqualTo(201);
        return new Created(e.json().path("id").asText(), e.header("ETag").orElse(null),
                e.json().path("secret").asText(null), e.json());
    }

    static Exchange get(TestContext ctx, String clientRole, String id) {
        return ctx.http().send(call(ctx, clientRole, "GET", BASE + "/" + id));
    }

    static Exchange list(TestContext ctx, String clientRole, String query) {
        return ctx.http().send(call(ctx, clientRole, "GET", BASE + "?page_size=100" + (query == null ? "" : "&" + query)));
    }

    /** updateWebhookSubscription with this merge patch and {@code If-Match} (none when {@code etag} is null). */
    static Exchange patch(TestContext ctx, String clientRole, String id, String etag, String mergePatch) {
        return ctx.http().send(ifMatch(call(ctx, clientRole, "PATCH", BASE + "/" + id), etag)
                .body("application/merge-patch+json", mergePatch));
    }

    static Exchange delete(TestContext ctx, String clientRole, String id, String etag) {
        return ctx.http().send(ifMatch(call(ctx, clientRole, "DELETE", BASE + "/" + id), etag));
    }

    static Exchange rotate(TestContext ctx, String clientRole, String id, String etag) {
        return ctx.http().send(ifMatch(call(ctx, clientRole, "POST", BASE + "/" + id + "/secret-rotation"), etag)
                .header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    static Exchange deliveries(TestContext ctx, String clientRole, String id, String query) {
        return ctx.http().send(call(ctx, clientRole, "GET", BASE + "/" + id + "/deliveries?page_size=100"
                + (query == null ? "" : "&" + query)));
    }

    static Exchange redeliver(TestContext ctx, String clientRole, String id, String eventId) {
        return ctx.http().send(call(ctx, clientRole, "POST", BASE + "/" + id + "/deliveries")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("application/json", Accounts.JSON.createObjectNode().put("event_id", eventId).toString()));
    }

    /** The subscription's current ETag, failing the test unless getWebhookSubscription answers 200. */
    static String etag(TestContext ctx, String id) {
        Exchange e = get(ctx, "agency_backend", id);
        assertThat(e.status()).as("status of getWebhookSubscription: %s", e.responseBody()).isEqualTo(200);
        return e.header("ETag").orElseThrow(() -> new AssertionError("getWebhookSubscription answered no ETag"));
    }

    /**
     * Deletes a subscription the test created, whatever happened to it: a test that fails half-way must not leave
     * subscriptions behind (an agency may have as few as 10). Never throws, so that it cannot hide the test's failure.
     */
    static void remove(TestContext ctx, String id) {
        try {
            Exchange current = get(ctx, "agency_backend", id);
            if (current.status() == 200) {
                delete(ctx, "agency_backend", id, current.header("ETag").orElse(null));
            }
        } catch (RuntimeException | AssertionError ignored) {
            // the test's own assertion says what went wrong
        }
    }

    private static HttpCall call(TestContext ctx, String clientRole, String method, String path) {
        return HttpCall.method(method, path).header("Authorization",
                "Bearer " + ctx.oidc().agencyToken(ctx.http(), clientRole, "agency.events"));
    }

    private static HttpCall ifMatch(HttpCall call, String etag) {
        return etag == null ? call : call.header("If-Match", etag);
    }
}
