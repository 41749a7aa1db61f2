package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The agency's event feed, read by its back-end with client credentials (scope agency.events). */
@Profile("events")
public class EventFeedTests {

    @Requirement({"EVT-004", "EVT-003"})
    public void everyPageCarriesANextPageTokenAndTheFeedIsInOrder(TestContext ctx) {
        Exchange first = feed(ctx, "/v1/events?page_size=100");
        assertThat(first.status()).as("status: %s", first.responseBody()).isEqualTo(200);
        String token = first.json().path("next_page_token").asText(null);
        assertThat(token).as("next_page_token").isNotNull();
        String previous = null;
        for (JsonNode event : first.json().path("items")) {
            String at = event.path("occurred_at").asText();
            if (previous != null) {
                assertThat(java.time.Instant.parse(at)).as("occurred_at never decreases")
                        .isAfterOrEqualTo(java.time.Instant.parse(previous));
            }
            previous = at;
        }
        Exchange next = feed(ctx, "/v1/events?page_size=100&page_token=" + enc(token));
        assertThat(next.status()).as("status of the next page").isEqualTo(200);
        assertThat(next.json().path("next_page_token").isTextual()).as("next_page_token of the next page").isTrue();
    }

    @Requirement({"EVT-001"})
    public void theFeedHoldsOnlyTheCallingAgencysEvents(TestContext ctx) {
        String agency = IdTokens.claims(ctx.oidc().agencyToken(ctx.http(), "agency.events")).path("agency_id").asText(null);
        Exchange e = feed(ctx, "/v1/events?page_size=100");
        assertThat(e.status()).isEqualTo(200);
        for (JsonNode event : e.json().path("items")) {
            if (agency != null) {
                assertThat(event.path("agency_id").asText()).as("agency_id of %s", event.path("id")).isEqualTo(agency);
            }
        }
        assertThat(ctx.http().send(HttpCall.get("/v1/events?agency_id=33-72-disdukcapil").header("Authorization",
                "Bearer " + ctx.oidc().agencyToken(ctx.http(), "agency.events"))).status())
                .as("an agency_id parameter selects nothing else").isIn(200, 400);
    }

    @Requirement({"EVT-008", "GEN-017"})
    public void aMalformedPageTokenAnswers400AtPageToken(TestContext ctx) {
        assertThat(pointers(assertProblem(feed(ctx, "/v1/events?page_token=not-a-token"), 400, "validation-error")))
                .contains("#/query/page_token");
    }

    @Requirement({"EVT-008"})
    public void aPageTokenUsedWithAnotherTypeFilterAnswers400(TestContext ctx) {
        Exchange first = feed(ctx, "/v1/events?type=APPLICATION_SUBMITTED");
        assertThat(first.status()).isEqualTo(200);
        String token = first.json().path("next_page_token").asText();
        assertThat(pointers(assertProblem(feed(ctx, "/v1/events?type=APPLICATION_CANCELLED&page_token=" + enc(token)),
                400, "validation-error"))).contains("#/query/page_token");
    }

    @Requirement({"EVT-009", "GEN-006"})
    public void anUnknownTypeAnswers400AtType(TestContext ctx) {
        assertThat(pointers(assertProblem(feed(ctx, "/v1/events?type=APPLICATION_EXPLODED"), 400, "validation-error")))
                .contains("#/query/type");
    }

    @Requirement({"EVT-009"})
    public void theTypeFilterAnswersOnlyThoseTypes(TestContext ctx) {
        Exchange e = feed(ctx, "/v1/events?type=APPLICATION_SUBMITTED,APPLICATION_CANCELLED&page_size=100");
        assertThat(e.status()).isEqualTo(200);
        e.json().path("items").forEach(ev -> assertThat(ev.path("type").asText())
                .isIn("APPLICATION_SUBMITTED", "APPLICATION_CANCELLED"));
    }

    @Requirement({"EVT-009"})
    public void occurredAtFromAnswersOnlyLaterEvents(TestContext ctx) {
        String from = "2030-01-01T00:00:00Z";
        Exchange e = feed(ctx, "/v1/events?occurred_at_from=" + enc(from));
        assertThat(e.status()).isEqualTo(200);
        e.json().path("items").forEach(ev -> assertThat(java.time.Instant.parse(ev.path("occurred_at").asText()))
                .isAfterOrEqualTo(java.time.Instant.parse(from)));
    }

    @Requirement({"EVT-002", "GEN-020"})
    public void aTokenWithoutAgencyEventsAnswers403(TestContext ctx) {
        String officerOnly = ctx.oidc().agencyToken(ctx.http(), "officer");
        assertProblem(ctx.http().send(HttpCall.get("/v1/events").header("Authorization", "Bearer " + officerOnly)), 403,
                "insufficient-scope");
    }

    @Requirement({"EVT-002"})
    public void aCitizensTokenAnswers403(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.get("/v1/events").header("Authorization", ctx.bearer("citizen_a")));
        assertThat(e.status()).as("status for a citizen's token").isEqualTo(403);
        assertThat(e.json().path("type").asText()).isIn("https://mpp-digital.go.id/problems/insufficient-scope",
                "https://mpp-digital.go.id/problems/forbidden");
    }

    @Requirement({"GEN-019"})
    public void theFeedWithoutATokenAnswers401(TestContext ctx) {
        assertProblem(ctx.http().get("/v1/events"), 401, "unauthenticated");
    }

    private static Exchange feed(TestContext ctx, String path) {
        return ctx.http().send(HttpCall.get(path).header("Authorization",
                "Bearer " + ctx.oidc().agencyToken(ctx.http(), "agency.events")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
