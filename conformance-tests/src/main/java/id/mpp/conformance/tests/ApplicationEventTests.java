package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Applications.advanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import id.mpp.conformance.tests.Applications.Snapshot;
import id.mpp.conformance.tests.Applications.Submitted;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The events an application's changes put in the feed of the agency running its service. */
@Profile("events")
public class ApplicationEventTests {

    @Requirement({"EVT-010", "EVT-011", "EVT-014", "EVT-015"})
    public void everyChangeOfAnApplicationIsOneEventInItsAgencysFeedInSequence(TestContext ctx) {
        String citizen = ctx.bearer(Applications.CITIZEN);
        Submitted s = Applications.submitted(ctx);
        String doc = s.documents().values().iterator().next();
        String type = s.documents().keySet().iterator().next();
        Snapshot reviewing = advanced(ctx, s.snapshot(), "START_REVIEW", null);
        Exchange verified = ApplicationDocumentTests.verify(ctx, s.id(), doc,
                ApplicationDocumentTests.view(ctx, s.id(), doc).header("ETag").orElse(null), "VERIFIED", null);
        assertThat(verified.status()).as("status of the verification: %s", verified.responseBody()).isEqualTo(200);
        Snapshot needs = advanced(ctx, reviewing, "REQUEST_REVISION", "Lengkapi isian formulir.");
        ObjectNode revision = Accounts.JSON.createObjectNode();
        revision.set("form", Applications.validForm(s.service()));
        Snapshot revised = Applications.succeeded(Applications.revise(ctx, citizen,
                Applications.current(ctx, citizen, s.id()), revision), "reviseApplication");
        Snapshot approved = advanced(ctx, revised, "APPROVE", null);
        advanced(ctx, approved, "COMPLETE", null);
        Exchange answered = SurveyTests.answer(ctx, citizen, s.id(), UUID.randomUUID().toString(), SurveyTests.scores(4));
        assertThat(answered.status()).as("status of the survey answer: %s", answered.responseBody()).isEqualTo(201);
        assertThat(needs.status()).isEqualTo("NEEDS_REVISION");

        List<JsonNode> events = eventsOf(ctx, s, 8);
        String[][] expected = {
            {"APPLICATION_SUBMITTED", null, "SUBMITTED", null},
            {"APPLICATION_STATUS_CHANGED", "SUBMITTED", "IN_REVIEW", "START_REVIEW"},
            {"DOCUMENT_VERIFIED", null, null, null},
            {"APPLICATION_STATUS_CHANGED", "IN_REVIEW", "NEEDS_REVISION", "REQUEST_REVISION"},
            {"APPLICATION_REVISED", "NEEDS_REVISION", "IN_REVIEW", "REVISE"},
            {"APPLICATION_STATUS_CHANGED", "IN_REVIEW", "APPROVED", "APPROVE"},
            {"APPLICATION_COMPLETED", "APPROVED", "COMPLETED", "COMPLETE"},
            {"SURVEY_RESPONSE_SUBMITTED", null, null, null}};
        assertEvents(events, expected);
        JsonNode docEvent = events.get(2).path("data");
        assertThat(docEvent.path("document_id").asText()).as("data.document_id").isEqualTo(doc);
        assertThat(docEvent.path("document_type_code").asText()).as("data.document_type_code").isEqualTo(type);
    }

    @Requirement({"EVT-010", "EVT-011"})
    public void aCancellationIsOneApplicationCancelledEvent(TestContext ctx) {
        Submitted s = Applications.submitted(ctx);
        Applications.succeeded(Applications.cancel(ctx, ctx.bearer(Applications.CITIZEN), s.snapshot(), null), "cancel");
        assertEvents(eventsOf(ctx, s, 2), new String[][] {
            {"APPLICATION_SUBMITTED", null, "SUBMITTED", null},
            {"APPLICATION_CANCELLED", "SUBMITTED", "CANCELLED", "CANCEL"}});
    }

    /** Asserts the events are these {type, from_status, to_status, action} (null: not checked) numbered 1, 2, ... */
    private static void assertEvents(List<JsonNode> events, String[][] expected) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.path("type").asText()));
        List<String> wanted = new ArrayList<>();
        for (String[] e : expected) {
            wanted.add(e[0]);
        }
        assertThat(types).as("the application's events in the feed").containsExactlyElementsOf(wanted);
        for (int i = 0; i < expected.length; i++) {
            JsonNode event = events.get(i);
            JsonNode data = event.path("data");
            assertThat(event.path("application_sequence").asInt()).as("application_sequence of %s", types.get(i))
                    .isEqualTo(i + 1);
            if (expected[i][1] != null) {
                assertThat(data.path("from_status").asText()).as("data.from_status of event %s", i + 1).isEqualTo(expected[i][1]);
            }
            if (expected[i][2] != null) {
                assertThat(data.path("to_status").asText()).as("data.to_status of event %s", i + 1).isEqualTo(expected[i][2]);
            }
            if (expected[i][3] != null) {
                assertThat(data.path("action").asText()).as("data.action of event %s", i + 1).isEqualTo(expected[i][3]);
            }
        }
    }

    /**
     * The application's events in the back-end's feed, read from shortly before its submission: pages are read until
     * an empty one, or until {@code expected} events are found and the page ends.
     */
    static List<JsonNode> eventsOf(TestContext ctx, Submitted s, int expected) {
        String token = "Bearer " + ctx.oidc().agencyToken(ctx.http(), "agency.events");
        String from = Instant.parse(s.application().path("submitted_at").asText()).minusSeconds(5).toString();
        String query = "/v1/events?page_size=100&occurred_at_from=" + URLEncoder.encode(from, StandardCharsets.UTF_8);
        List<JsonNode> found = new ArrayList<>();
        String page = null;
        for (int pages = 0; pages < 50; pages++) {
            Exchange e = ctx.http().send(HttpCall.get(query + (page == null ? ""
                    : "&page_token=" + URLEncoder.encode(page, StandardCharsets.UTF_8))).header("Authorization", token));
            assertThat(e.status()).as("status of listEvents: %s", e.responseBody()).isEqualTo(200);
            JsonNode items = e.json().path("items");
            items.forEach(ev -> {
                if (ev.path("application_id").asText().equals(s.id())) {
                    found.add(ev);
                }
            });
            page = e.json().path("next_page_token").asText(null);
            if (items.isEmpty() || page == null || found.size() > expected) {
                break;
            }
        }
        return found;
    }
}
