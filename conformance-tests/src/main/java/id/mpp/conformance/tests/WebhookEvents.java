package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Makes events in the feed of an agency's back-end client with the applications fixture: citizen_a applies for one
 * of that agency's services (uploading its required documents once, then reusing them), and the back-end moves the
 * applications on; the application's events are then read from the agency's feed.
 */
final class WebhookEvents {

    private final TestContext ctx;
    private final String clientRole;
    private final JsonNode service;
    private Map<String, String> documents;

    /** An application the maker submitted, with its current ETag and when it was submitted (the server's clock). */
    record Application(String id, String etag, Instant submittedAt) {
    }

    /** A maker of events in the feed of the back-end client of this role ({@code agency_backend}, ...). */
    WebhookEvents(TestContext ctx, String clientRole) {
        this.ctx = ctx;
        this.clientRole = clientRole;
        this.service = Applications.serviceOf(ctx, agencyOf(ctx, clientRole), true);
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
        String citizen = ctx.bearer("citizen_a");
        Applications.Submitted submitted = documents == null ? Applications.submitted(ctx, citizen, service)
                : Applications.submitted(ctx, citizen, service, documents);
        documents = submitted.documents();
        return new Application(submitted.id(), submitted.etag(),
                Instant.parse(submitted.application().path("submitted_at").asText()));
    }

    /** The agency's back-end starts the review (an APPLICATION_STATUS_CHANGED event) and answers the application. */
    Application startReview(Application application) {
        Applications.Snapshot submitted = new Applications.Snapshot(
                Accounts.JSON.createObjectNode().put("id", application.id()), application.etag());
        Applications.Snapshot reviewed = Applications.advanced(ctx, submitted, "START_REVIEW", null);
        return new Application(application.id(), reviewed.etag(), application.submittedAt());
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
        return Applications.validForm(service);
    }
}
