package id.mpp.server.http.event;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.event.JdbcEventStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** listEvents over HTTP, with events recorded through the EventRecorder port. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFeedTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    EventRecorder recorder;
    @Inject
    JdbcEventStore store;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    private EventFixture events;
    private String tokenA;

    @Override
    public Map<String, String> getProperties() {
        return EventFixture.properties(false);
    }

    @BeforeEach
    void connect() {
        events = new EventFixture(new Http(server), recorder);
        tokenA = events.tokenA();
    }

    private JsonNode page(String query, String pageToken, Integer pageSize) {
        HttpResponse<String> response = events.get(EventFixture.feed(query, pageToken, pageSize), tokenA);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Problems.json(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    @DisplayName("EVT-001, EVT-003, EVT-004, EVT-005, EVT-011: pages yield the agency's events once each, in order,"
            + " an empty page still has a token, and later events follow")
    void followsTheFeed() {
        String start = events.tail(tokenA, "");
        String app = EventFixture.application();
        List<String> recorded = new ArrayList<>(List.of(events.submitted(EventFixture.AGENCY_A, app),
                events.reviewed(EventFixture.AGENCY_A, app)));
        events.submitted(EventFixture.AGENCY_B, EventFixture.application());
        recorded.add(events.documentVerified(EventFixture.AGENCY_A, app));

        JsonNode first = page("", start, 2);
        JsonNode second = page("", first.path("next_page_token").asText(), 2);
        JsonNode empty = page("", second.path("next_page_token").asText(), 2);

        assertThat(ids(first)).containsExactlyElementsOf(recorded.subList(0, 2));
        assertThat(ids(second)).containsExactly(recorded.get(2));
        assertThat(empty.path("items").size()).isZero();
        assertThat(empty.path("next_page_token").asText()).isNotEmpty();
        List<Integer> sequences = new ArrayList<>();
        first.path("items").forEach(item -> sequences.add(item.path("application_sequence").asInt()));
        second.path("items").forEach(item -> sequences.add(item.path("application_sequence").asInt()));
        assertThat(sequences).containsExactly(1, 2, 3);
        JsonNode event = first.path("items").get(1);
        assertThat(event.path("agency_id").asText()).isEqualTo(EventFixture.AGENCY_A);
        assertThat(event.path("data").path("from_status").asText()).isEqualTo("SUBMITTED");
        assertThat(event.path("data").path("action").asText()).isEqualTo("START_REVIEW");
        assertThat(second.path("items").get(0).path("data").path("document_type_code").asText()).isEqualTo("KK");

        String later = events.reviewed(EventFixture.AGENCY_A, EventFixture.application());
        assertThat(ids(page("", empty.path("next_page_token").asText(), 2))).containsExactly(later);
        assertThat(ids(page("", first.path("next_page_token").asText(), 5)))
                .as("EVT-005: the same token answers the same events again, then the later ones")
                .containsExactly(recorded.get(2), later);
    }

    @Test
    @DisplayName("EVT-012, EVT-013: an event holds only the Event members, the same in every answer")
    void eventsAreThinAndStable() {
        String start = events.tail(tokenA, "");
        events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        JsonNode once = page("", start, 10).path("items").get(0);
        JsonNode again = page("", start, 10).path("items").get(0);

        assertThat(once).isEqualTo(again);
        List<String> names = new ArrayList<>();
        once.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "type", "occurred_at", "agency_id", "region_code", "application_id",
                "tracking_number", "service_id", "application_sequence", "data");
        List<String> data = new ArrayList<>();
        once.path("data").fieldNames().forEachRemaining(data::add);
        assertThat(data).containsExactly("to_status", "actor_role");
    }

    @Test
    @DisplayName("EVT-009: type narrows the feed; an unknown type answers 400 at #/query/type; occurred_at_from starts"
            + " at the first event at or after it")
    void filters() {
        String start = events.tail(tokenA, "type=APPLICATION_STATUS_CHANGED");
        String app = EventFixture.application();
        events.submitted(EventFixture.AGENCY_A, app);
        String reviewed = events.reviewed(EventFixture.AGENCY_A, app);

        assertThat(ids(page("type=APPLICATION_STATUS_CHANGED", start, 10))).containsExactly(reviewed);
        JsonNode problem = assertProblem(events.get("/v1/events?type=APPLICATION_APPROVED", tokenA), 400,
                "validation-error");
        assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/type");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN");

        Instant from = Instant.now().plusSeconds(1);
        JsonNode future = page("occurred_at_from=" + from, null, 10);
        assertThat(future.path("items").size()).isZero();
    }

    @Test
    @DisplayName("EVT-001, EVT-008: a token of another agency, of other filters, or malformed answers 400 at"
            + " #/query/page_token")
    void foreignTokensAreRefused() {
        String tokenOfB = Problems.json(events.get("/v1/events", events.tokenB()).body())
                .path("next_page_token").asText();
        String typed = page("type=APPLICATION_SUBMITTED", null, 1).path("next_page_token").asText();

        for (String path : List.of(EventFixture.feed("", tokenOfB, null),
                EventFixture.feed("type=APPLICATION_CANCELLED", typed, null), EventFixture.feed("", typed, null),
                EventFixture.feed("", "not-a-token", null))) {
            JsonNode problem = assertProblem(events.get(path, tokenA), 400, "validation-error");
            assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
        }
    }

    @Test
    @DisplayName("EVT-001: another agency's feed holds none of this agency's events")
    void otherAgencySeesOnlyItsOwn() {
        String tokenB = events.tokenB();
        String start = events.tail(tokenB, "");
        events.submitted(EventFixture.AGENCY_A, EventFixture.application());
        String own = events.submitted(EventFixture.AGENCY_B, EventFixture.application());

        JsonNode page = Problems.json(events.get(EventFixture.feed("", start, 10), tokenB).body());
        assertThat(ids(page)).containsExactly(own);
    }

    @Test
    @DisplayName("EVT-007: a token whose position is before purged events answers 410 cursor-expired")
    void expiredCursor() {
        String start = events.tail(tokenA, "");
        events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        store.purge(Instant.now().plusSeconds(3600));

        assertProblem(events.get(EventFixture.feed("", start, null), tokenA), 410, "cursor-expired");
        JsonNode restart = page("", null, 10);
        assertThat(restart.path("items").size()).isZero();
        assertThat(page("", restart.path("next_page_token").asText(), 10).path("items").size()).isZero();
    }

    @Test
    @DisplayName("EVT-002: no token 401; a token without agency.events 403 insufficient-scope; a client without an"
            + " agency, or a citizen's token with the scope, 403 forbidden")
    void onlyAgencyClients() {
        assertThat(new Http(server).get("/v1/events").statusCode()).isEqualTo(401);
        Citizens citizens = new Citizens(accounts, hasher, issuer, new Http(server));
        Account citizen = citizens.create();
        assertProblem(events.get("/v1/events", citizens.token(citizen, "account")), 403, "insufficient-scope");
        assertProblem(events.get("/v1/events", citizens.token(citizen, "agency.events")), 403, "forbidden");
        assertProblem(events.get("/v1/events", events.tokenWithoutAgency()), 403, "forbidden");
        assertProblem(events.get("/v1/webhook-subscriptions", events.tokenWithoutAgency()), 403, "forbidden");
    }
}
