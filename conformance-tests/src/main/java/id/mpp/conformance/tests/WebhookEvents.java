package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Makes events in the feed of an agency's back-end client: citizen_a applies for one of that agency's services
 * (uploading its required documents once, then reusing them), and the back-end moves the applications on. A private
 * stand-in for the shared applications fixture until both are merged.
 */
final class WebhookEvents {

    private final TestContext ctx;
    private final String clientRole;
    private final JsonNode service;
    private final Map<String, String> documents = new LinkedHashMap<>();

    /** An application the maker submitted, with its current ETag and when it was submitted (the server's clock). */
    record Application(String id, String etag, Instant submittedAt) {
    }

    /** A maker of events in the feed of the back-end client of this role ({@code agency_backend}, ...). */
    WebhookEvents(TestContext ctx, String clientRole) {
        this.ctx = ctx;
        this.clientRole = clientRole;
        this.service = serviceOf(ctx, agencyOf(ctx, clientRole));
    }

    /** A maker of events in the feed of the configured agency back-end ({@code agency_backend}). */
    WebhookEvents(TestContext ctx) {
        this(ctx, "agency_backend");
    }

    /** The agency of a back-end client: its token's agency_id claim, or else officer_a's agency. */
    static String agencyOf(TestContext ctx, String clientRole) {
        String token = ctx.oidc().agencyToken(ctx.http(), clientRole, "agency.events");
        if (token.split("\\.").length == 3) {
            String claim = IdTokens.claims(token).path("agency_id").asText("");
            if (!claim.isEmpty()) {
                return claim;
            }
        }
        return ctx.config().accounts().get("officer_a").agencyId();
    }

    /** citizen_a submits an application for the service (an APPLICATION_SUBMITTED event) and answers it. */
    Application submit() {
        ObjectNode body = ApplicationTests.body(service, ApplicationTests.validForm(service));
        ArrayNode attached = body.putArray("documents");
        for (JsonNode r : service.path("requirements")) {
            if (r.path("required").asBoolean()) {
                String type = r.path("document_type").asText();
                attached.addObject().put("document_type", type).put("document_id", document(type));
            }
        }
        Exchange e = ApplicationTests.submit(ctx, ctx.bearer("citizen_a"), body);
        assertThat(e.status()).as("status of citizen_a's application for %s: %s", service.path("id"), e.responseBody())
                .isEqualTo(201);
        return new Application(e.json().path("id").asText(), e.header("ETag").orElse(null),
                Instant.parse(e.json().path("submitted_at").asText()));
    }

    /** The agency's back-end starts the review (an APPLICATION_STATUS_CHANGED event) and answers the application. */
    Application startReview(Application application) {
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/applications/" + application.id() + "/transitions")
                .header("Authorization", "Bearer " + ctx.oidc().agencyToken(ctx.http(), "officer"))
                .header("If-Match", application.etag()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("application/json", "{\"action\":\"START_REVIEW\"}"));
        assertThat(e.status()).as("status of START_REVIEW by the agency's back-end: %s", e.responseBody())
                .isEqualTo(200);
        return new Application(application.id(), e.header("ETag").orElse(null), application.submittedAt());
    }

    /**
     * The application's event of this type, read from the agency's feed (an event is in the feed once the change that
     * made it is committed, so no waiting); fails the test when the feed has none.
     */
    JsonNode event(Application application, String type) {
        String from = application.submittedAt().minusSeconds(1).toString();
        String path = "/v1/events?page_size=100&type=" + type + "&occurred_at_from=" + from;
        String bearer = "Bearer " + ctx.oidc().agencyToken(ctx.http(), clientRole, "agency.events");
        for (int page = 0; page < 20; page++) {
            Exchange e = ctx.http().send(HttpCall.get(path).header("Authorization", bearer));
            assertThat(e.status()).as("status of listEvents: %s", e.responseBody()).isEqualTo(200);
            for (JsonNode event : e.json().path("items")) {
                if (event.path("application_id").asText().equals(application.id())) {
                    return event;
                }
            }
            if (e.json().path("items").size() < 100) {
                break;
            }
            path = "/v1/events?page_size=100&type=" + type + "&occurred_at_from=" + from + "&page_token="
                    + java.net.URLEncoder.encode(e.json().path("next_page_token").asText(), StandardCharsets.UTF_8);
        }
        throw new AssertionError("the feed holds no " + type + " event of application " + application.id());
    }

    /** The form values the maker sends (no event may carry them, EVT-012). */
    ObjectNode form() {
        return ApplicationTests.validForm(service);
    }

    private String document(String type) {
        return documents.computeIfAbsent(type, t -> {
            boolean pdf = mediaTypes(t).contains("application/pdf");
            byte[] content = pdf ? Documents.pdf() : Documents.png();
            Exchange e = Documents.upload(ctx, ctx.bearer("citizen_a"),
                    Documents.parts(t, content, pdf ? "application/pdf" : "image/png"));
            assertThat(e.status()).as("status of citizen_a's upload of %s: %s", t, e.responseBody()).isEqualTo(201);
            return e.json().path("id").asText();
        });
    }

    private String mediaTypes(String type) {
        Exchange e = ctx.http().get("/v1/document-types/" + type);
        assertThat(e.status()).as("status of getDocumentType %s", type).isEqualTo(200);
        return e.json().path("allowed_media_types").toString();
    }

    /** The active service of the agency with the fewest required documents whose required fields have no pattern. */
    private static JsonNode serviceOf(TestContext ctx, String agency) {
        JsonNode best = null;
        for (JsonNode s : ApplicationTests.services(ctx)) {
            if (!s.path("agency_id").asText().equals(agency) || !s.path("active").asBoolean(true)) {
                continue;
            }
            boolean simple = true;
            for (JsonNode name : s.path("form_schema").path("required")) {
                simple &= !s.path("form_schema").path("properties").path(name.asText()).has("pattern");
            }
            if (simple && (best == null || required(s) < required(best))) {
                best = s;
            }
        }
        assertThat(best).as("an active service of agency %s with a form of simple required fields", agency).isNotNull();
        Exchange full = ctx.http().get("/v1/services/" + best.path("id").asText());
        return full.status() == 200 ? full.json() : best;
    }

    private static int required(JsonNode service) {
        int n = 0;
        for (JsonNode r : service.path("requirements")) {
            n += r.path("required").asBoolean() ? 1 : 0;
        }
        return n;
    }
}
