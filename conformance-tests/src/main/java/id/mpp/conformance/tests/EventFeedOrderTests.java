package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Following the event feed's cursor while events are recorded: nothing skipped, nothing repeated, stable content. */
@Profile("events")
public class EventFeedOrderTests {

    /** Pages read at most while catching up (other tests may add events meanwhile). */
    private static final int MAX_PAGES = 300;

    @Requirement({"EVT-005", "EVT-013", "EVT-012"})
    public void followingTheCursorYieldsEveryEventOnceInOrderIncludingLaterOnes(TestContext ctx) {
        WebhookEvents events = new WebhookEvents(ctx);
        WebhookEvents.Application first = events.submit();
        String from = first.submittedAt().minusSeconds(1).toString();
        List<JsonNode> before = new ArrayList<>();
        String cursor = catchUp(ctx, "occurred_at_from=" + enc(from), null, 100, before);
        String submittedId = idOf(before, first.id(), "APPLICATION_SUBMITTED");
        assertThat(submittedId).as("the first application's APPLICATION_SUBMITTED event in the feed").isNotNull();

        WebhookEvents.Application reviewed = events.startReview(first);
        WebhookEvents.Application second = events.submit();
        List<JsonNode> after = new ArrayList<>();
        catchUp(ctx, "occurred_at_from=" + enc(from), cursor, 1, after);
        String reviewId = idOf(after, reviewed.id(), "APPLICATION_STATUS_CHANGED");
        String secondId = idOf(after, second.id(), "APPLICATION_SUBMITTED");
        assertThat(reviewId).as("the START_REVIEW event, recorded after the first page was read").isNotNull();
        assertThat(secondId).as("the second application's event, recorded after the first page was read").isNotNull();
        List<String> ids = new ArrayList<>();
        before.forEach(e -> ids.add(e.path("id").asText()));
        after.forEach(e -> ids.add(e.path("id").asText()));
        assertThat(ids).as("event IDs along the feed").doesNotHaveDuplicates();
        assertThat(ids.indexOf(reviewId)).as("the START_REVIEW event comes before the later submission's")
                .isLessThan(ids.indexOf(secondId));
        after.stream().filter(e -> e.path("application_id").asText().equals(second.id())).forEach(
                e -> EventPrivacy.assertNoPersonalData(ctx, e, events.form()));

        Exchange again = feed(ctx, "occurred_at_from=" + enc(from), cursor, 1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("items")).as("the same cursor again answers the same events first").hasSize(1);
        assertThat(again.json().path("items").get(0)).as("the first event after the cursor, read twice")
                .isEqualTo(after.get(0));
    }

    /** Follows the cursor until a page is shorter than page_size; adds the events and answers the last cursor. */
    private static String catchUp(TestContext ctx, String filter, String cursor, int pageSize, List<JsonNode> into) {
        for (int page = 0; page < MAX_PAGES; page++) {
            Exchange e = feed(ctx, filter, cursor, pageSize);
            assertThat(e.status()).as("status of listEvents: %s", e.responseBody()).isEqualTo(200);
            e.json().path("items").forEach(into::add);
            cursor = e.json().path("next_page_token").asText(null);
            assertThat(cursor).as("next_page_token").isNotNull();
            if (e.json().path("items").size() < pageSize) {
                return cursor;
            }
        }
        throw new AssertionError("the feed did not catch up within " + MAX_PAGES + " pages");
    }

    private static Exchange feed(TestContext ctx, String filter, String cursor, int pageSize) {
        String path = "/v1/events?page_size=" + pageSize + "&" + filter + (cursor == null ? "" : "&page_token=" + enc(cursor));
        return ctx.http().send(HttpCall.get(path).header("Authorization",
                "Bearer " + ctx.oidc().agencyToken(ctx.http(), "agency.events")));
    }

    private static String idOf(List<JsonNode> events, String applicationId, String type) {
        return events.stream().filter(e -> e.path("application_id").asText().equals(applicationId)
                && e.path("type").asText().equals(type)).map(e -> e.path("id").asText()).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
