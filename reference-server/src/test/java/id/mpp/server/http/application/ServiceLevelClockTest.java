package id.mpp.server.http.application;

import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.http.application.ApplicationKit.Person;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Due dates and overdue over HTTP, with a clock the test moves and a configured holiday. */
@MicronautTest(environments = ApplicationFakes.ENV, transactional = false)
@Property(name = "mpp.applications.holidays", value = "2026-12-08")
@Property(name = ServiceLevelClockTest.MOVING_CLOCK, value = "true")
class ServiceLevelClockTest {

    static final String MOVING_CLOCK = "mpp.test.applications-moving-clock";

    @Inject
    MovingClock clock;

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationKit kit;

    @Test
    @DisplayName("APP-011, APP-012, APP-013: due 3 working days after Friday skipping the weekend and the configured holiday; overdue after it, never while NEEDS_REVISION; a revision counts again; closed late stays overdue")
    void dueDatesAndOverdue() {
        Person citizen = kit.citizen();
        Person officer = kit.officer("33-72-disdukcapil", "Sri Handayani");
        String body = "{\"service_id\":\"" + ApplicationFakes.SURAKARTA + "\",\"form\":{},\"documents\":[]}";
        JsonNode late = json(kit.post(citizen, "/v1/applications", body).body());
        JsonNode waiting = json(kit.post(citizen, "/v1/applications", body).body());
        String a = late.path("id").asText();
        String b = waiting.path("id").asText();
        // Friday 4 December; Monday 7, (Tuesday 8 a holiday), Wednesday 9, Thursday 10.
        assertThat(late.path("due_date").asText()).isEqualTo("2026-12-10");
        assertThat(late.path("overdue").asBoolean()).isFalse();
        assertThat(kit.post(officer, "/v1/applications/" + b + "/transitions", "{\"action\":\"START_REVIEW\"}",
                "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        assertThat(kit.post(officer, "/v1/applications/" + b + "/transitions",
                "{\"action\":\"REQUEST_REVISION\",\"reason\":\"Lengkapi surat pengantar.\"}", "If-Match", "\"2\"")
                .statusCode()).isEqualTo(200);

        clock.set(Instant.parse("2026-12-10T16:59:00Z")); // Thursday 23:59 WIB: the due date itself
        citizen = kit.citizen(citizen);
        officer = kit.officer(officer);
        assertThat(json(kit.get(citizen, "/v1/applications/" + a).body()).path("overdue").asBoolean()).isFalse();

        clock.set(Instant.parse("2026-12-10T17:00:00Z")); // Friday 00:00 WIB
        citizen = kit.citizen(citizen);
        officer = kit.officer(officer);
        assertThat(json(kit.get(citizen, "/v1/applications/" + a).body()).path("overdue").asBoolean()).isTrue();
        assertThat(json(kit.get(officer, "/v1/applications/" + b).body()).path("overdue").asBoolean()).isFalse();
        assertThat(ids(kit, officer, "?overdue=true")).contains(a).doesNotContain(b);
        assertThat(ids(kit, officer, "?overdue=false")).contains(b).doesNotContain(a);

        HttpResponse<String> revised = kit.post(citizen, "/v1/applications/" + b + "/revisions",
                "{\"form\":{\"catatan\":\"sudah\"}}", "If-Match", "\"3\"");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        // Friday 11 December (WIB) plus 3 working days: Monday 14, Tuesday 15, Wednesday 16.
        assertThat(json(revised.body()).path("due_date").asText()).isEqualTo("2026-12-16");
        assertThat(json(revised.body()).path("overdue").asBoolean()).isFalse();

        kit.post(officer, "/v1/applications/" + a + "/transitions", "{\"action\":\"START_REVIEW\"}", "If-Match",
                "\"1\"");
        JsonNode rejected = json(kit.post(officer, "/v1/applications/" + a + "/transitions",
                "{\"action\":\"REJECT\",\"reason\":\"Tidak memenuhi syarat.\"}", "If-Match", "\"2\"").body());
        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("overdue").asBoolean()).isTrue();
        clock.set(Instant.parse("2027-01-04T03:00:00Z"));
        officer = kit.officer(officer);
        assertThat(json(kit.get(officer, "/v1/applications/" + a).body()).path("overdue").asBoolean()).isTrue();
        assertThat(ids(kit, officer, "?overdue=true&status=REJECTED")).contains(a);
    }

    private static List<String> ids(ApplicationKit kit, Person officer, String query) {
        List<String> ids = new ArrayList<>();
        json(kit.get(officer, "/v1/agencies/33-72-disdukcapil/applications" + query + (query.isEmpty() ? "?" : "&")
                + "page_size=100").body()).path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    /** A clock the test sets, the server's clock in this test only; it starts on Friday 2026-12-04, 10:00 WIB. */
    @Singleton
    @Replaces(Clock.class)
    @Requires(property = MOVING_CLOCK, value = "true")
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-04T03:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
