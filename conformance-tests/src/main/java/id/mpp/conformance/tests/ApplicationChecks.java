package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Applications.current;
import static id.mpp.conformance.tests.Applications.officer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.tests.Applications.Snapshot;
import id.mpp.conformance.tests.Applications.Submitted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Assertions on applications that several test classes make. */
final class ApplicationChecks {

    private ApplicationChecks() {
    }

    /** Asserts the application is as in the snapshot: the same status, ETag and timeline. */
    static void assertUnchanged(TestContext ctx, Snapshot before) {
        Snapshot now = current(ctx, officer(ctx), before.id());
        assertThat(now.status()).as("status").isEqualTo(before.status());
        assertThat(now.etag()).as("ETag").isEqualTo(before.etag());
        assertThat(now.json().path("timeline")).as("timeline").isEqualTo(before.json().path("timeline"));
    }

    /** Asserts the timeline keeps its first entry and then holds exactly these {action, from, to} entries in order. */
    static void assertTimeline(JsonNode timeline, JsonNode first, TestContext ctx, String[][] changes) {
        assertThat(timeline).as("timeline").hasSize(1 + changes.length);
        assertThat(timeline.get(0)).as("the first entry, unchanged").isEqualTo(first);
        Instant previous = Instant.parse(first.path("occurred_at").asText());
        for (int i = 0; i < changes.length; i++) {
            JsonNode e = timeline.get(i + 1);
            assertThat(e.path("action").asText()).as("action of entry %s", i + 1).isEqualTo(changes[i][0]);
            assertThat(e.path("from_status").asText()).as("from_status of entry %s", i + 1).isEqualTo(changes[i][1]);
            assertThat(e.path("to_status").asText()).as("to_status of entry %s", i + 1).isEqualTo(changes[i][2]);
            assertThat(e.path("actor").path("type").asText()).as("actor of entry %s", i + 1).isIn("OFFICER", "AGENCY_SYSTEM", "CITIZEN");
            assertThat(e.path("actor").path("name").asText()).as("actor.name of entry %s", i + 1).isNotBlank();
            if (!e.path("actor").path("type").asText().equals("CITIZEN")) {
                assertThat(e.path("actor").path("agency_id").asText()).as("actor.agency_id").isEqualTo(Applications.agency(ctx));
            }
            Instant at = Instant.parse(e.path("occurred_at").asText());
            assertThat(at).as("occurred_at of entry %s (oldest first)", i + 1).isAfterOrEqualTo(previous);
            previous = at;
        }
    }

    /**
     * Asserts every grant of the application has the same expires_at, after closed_at (the deployment's retention
     * period is not known to the suite), and is ACTIVE until then.
     */
    static void assertGrantsExpireAfterClosing(TestContext ctx, String citizen, Submitted s, String closedAt) {
        Exchange e = Documents.get(ctx, citizen, "/v1/document-grants?page_size=100&application_id=" + s.id());
        assertThat(e.status()).as("status of listDocumentGrants: %s", e.responseBody()).isEqualTo(200);
        JsonNode grants = e.json().path("items");
        assertThat(grants).as("grants of the closed application").hasSize(s.documents().size());
        Instant closed = Instant.parse(closedAt);
        List<Instant> expiry = new ArrayList<>();
        for (JsonNode g : grants) {
            assertThat(g.path("expires_at").asText()).as("expires_at of grant %s", g.path("id")).isNotBlank();
            Instant expires = Instant.parse(g.path("expires_at").asText());
            assertThat(expires).as("expires_at after closed_at").isAfter(closed);
            expiry.add(expires);
            if (Instant.now().isBefore(expires.minusSeconds(60))) {
                assertThat(g.path("status").asText()).as("status of a grant before its expires_at").isEqualTo("ACTIVE");
            }
        }
        assertThat(expiry.stream().distinct().count()).as("one expires_at (closed_at plus the retention) for every grant")
                .isEqualTo(1);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
