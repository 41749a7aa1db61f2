package id.mpp.server.http.event;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The webhook subscription endpoints, in development mode (so that loopback URLs are accepted, EVT-035). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookSubscriptionTest implements TestPropertyProvider {
    static final String JSON = "application/json";
    static final String MERGE = "application/merge-patch+json";
    static final String SECRET = "^whsec_[A-Za-z0-9+/]{43}=$";

    @Inject
    EmbeddedServer server;
    @Inject
    EventRecorder recorder;

    private EventFixture events;
    private String token;

    @Override
    public Map<String, String> getProperties() {
        return EventFixture.properties(true);
    }

    @BeforeEach
    void connect() {
        events = new EventFixture(new Http(server), recorder);
        token = events.tokenA();
    }

    static String url() {
        return "https://siak.example.go.id/hooks/" + UUID.randomUUID();
    }

    private HttpResponse<String> create(String url, String token) {
        return events.send("POST", "/v1/webhook-subscriptions", token, JSON, "{\"url\":\"" + url + "\","
                + "\"event_types\":[\"APPLICATION_SUBMITTED\",\"APPLICATION_SUBMITTED\",\"APPLICATION_CANCELLED\"],"
                + "\"description\":\"Sinkronisasi SIAK\"}");
    }

    private HttpResponse<String> patch(String id, String etag, String body) {
        return events.send("PATCH", "/v1/webhook-subscriptions/" + id, token, MERGE, body, "If-Match", etag);
    }

    @Test
    @DisplayName("EVT-016, EVT-017: create answers 201, Location, ETag and the secret; get, list and update never"
            + " show it")
    void createsWithSecretShownOnce() {
        String url = url();
        HttpResponse<String> created = create(url, token);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = Problems.json(created.body());
        String id = body.path("id").asText();
        assertThat(id).matches("^whs_[0-9A-HJKMNP-TV-Z]{26}$");
        assertThat(body.path("secret").asText()).matches(SECRET);
        assertThat(body.path("active").asBoolean()).isTrue();
        assertThat(body.path("agency_id").asText()).isEqualTo(EventFixture.AGENCY_A);
        assertThat(body.path("url").asText()).isEqualTo(url);
        assertThat(body.path("event_types").toString())
                .isEqualTo("[\"APPLICATION_SUBMITTED\",\"APPLICATION_CANCELLED\"]");
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/webhook-subscriptions/" + id);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> got = events.get("/v1/webhook-subscriptions/" + id, token);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(Problems.json(got.body()).has("secret")).isFalse();
        assertThat(got.headers().firstValue("ETag")).hasValue(etag);
        JsonNode list = Problems.json(events.get("/v1/webhook-subscriptions", token).body());
        list.path("items").forEach(item -> assertThat(item.has("secret")).isFalse());
        assertThat(ids(list)).contains(id);
        HttpResponse<String> updated = patch(id, etag, "{\"description\":\"Baru\"}");
        assertThat(Problems.json(updated.body()).has("secret")).isFalse();
    }

    @Test
    @DisplayName("EVT-020: a URL the agency already subscribed answers 409, on create and on update")
    void duplicateUrl() {
        String url = url();
        assertThat(create(url, token).statusCode()).isEqualTo(201);
        assertProblem(create(url, token), 409, "conflict");
        assertThat(create(url, events.tokenB()).statusCode()).as("another agency may").isEqualTo(201);

        HttpResponse<String> other = create(url(), token);
        JsonNode otherBody = Problems.json(other.body());
        assertProblem(patch(otherBody.path("id").asText(), other.headers().firstValue("ETag").orElseThrow(),
                "{\"url\":\"" + url + "\"}"), 409, "conflict");
    }

    @Test
    @DisplayName("EVT-021: another agency's subscription answers 404 on every operation and is not listed")
    void otherAgencyIsNotFound() {
        HttpResponse<String> created = create(url(), token);
        String id = Problems.json(created.body()).path("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String tokenB = events.tokenB();
        String base = "/v1/webhook-subscriptions/" + id;

        assertProblem(events.get(base, tokenB), 404, "not-found");
        assertProblem(events.send("PATCH", base, tokenB, MERGE, "{\"active\":false}", "If-Match", etag), 404,
                "not-found");
        assertProblem(events.send("DELETE", base, tokenB, null, null, "If-Match", etag), 404, "not-found");
        assertProblem(events.send("POST", base + "/secret-rotation", tokenB, null, null, "If-Match", etag), 404,
                "not-found");
        assertProblem(events.get(base + "/deliveries", tokenB), 404, "not-found");
        assertProblem(events.send("POST", base + "/deliveries", tokenB, JSON,
                "{\"event_id\":\"evt_01JDA4X7K2M9P3Q5R8S0T1V6W4\"}"), 404, "not-found");
        assertThat(ids(Problems.json(events.get("/v1/webhook-subscriptions", tokenB).body()))).doesNotContain(id);
        assertProblem(events.get("/v1/webhook-subscriptions/whs_01JDB7M3K9Q2R5S8T1V4W6X0Y3", token), 404,
                "not-found");
        HttpResponse<String> mine = events.get(base, token);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    @DisplayName("EVT-022: update, delete and rotate without If-Match answer 428, with a stale ETag 412, and change"
            + " nothing")
    void preconditions() {
        HttpResponse<String> created = create(url(), token);
        String id = Problems.json(created.body()).path("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String base = "/v1/webhook-subscriptions/" + id;

        assertProblem(events.send("PATCH", base, token, MERGE, "{\"active\":false}"), 428, "precondition-required");
        assertProblem(events.send("DELETE", base, token, null, null), 428, "precondition-required");
        assertProblem(events.send("POST", base + "/secret-rotation", token, null, null), 428,
                "precondition-required");
        assertProblem(patch(id, "\"999\"", "{\"active\":false}"), 412, "precondition-failed");
        assertProblem(events.send("DELETE", base, token, null, null, "If-Match", "\"999\""), 412,
                "precondition-failed");
        assertProblem(events.send("POST", base + "/secret-rotation", token, null, null, "If-Match", "\"999\""),
                412, "precondition-failed");

        HttpResponse<String> unchanged = events.get(base, token);
        assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
        assertThat(Problems.json(unchanged.body()).path("active").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("EVT-023, EVT-030: a merge patch changes only the members sent; description null removes it; null"
            + " url, event_types or active answers 400; active false and true set and clear disabled_reason")
    void mergePatch() {
        HttpResponse<String> created = create(url(), token);
        String id = Problems.json(created.body()).path("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        for (String member : List.of("url", "event_types", "active")) {
            JsonNode problem = assertProblem(patch(id, etag, "{\"" + member + "\":null}"), 400, "validation-error");
            assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/" + member);
        }

        HttpResponse<String> paused = patch(id, etag, "{\"description\":null,\"active\":false}");
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        JsonNode pausedBody = Problems.json(paused.body());
        assertThat(pausedBody.has("description")).isFalse();
        assertThat(pausedBody.path("active").asBoolean()).isFalse();
        assertThat(pausedBody.path("disabled_reason").asText()).isEqualTo("DEACTIVATED_BY_CLIENT");
        assertThat(pausedBody.has("disabled_at")).isTrue();
        assertThat(pausedBody.path("event_types").size()).isEqualTo(2);
        String pausedTag = paused.headers().firstValue("ETag").orElseThrow();
        assertThat(pausedTag).isNotEqualTo(etag);

        HttpResponse<String> resumed = patch(id, pausedTag, "{\"active\":true,\"event_types\":[\"DOCUMENT_VERIFIED\"]}");
        JsonNode resumedBody = Problems.json(resumed.body());
        assertThat(resumedBody.path("active").asBoolean()).isTrue();
        assertThat(resumedBody.has("disabled_reason")).isFalse();
        assertThat(resumedBody.has("disabled_at")).isFalse();
        assertThat(resumedBody.path("event_types").toString()).isEqualTo("[\"DOCUMENT_VERIFIED\"]");

        JsonNode unknown = assertProblem(patch(id, resumed.headers().firstValue("ETag").orElseThrow(),
                "{\"event_types\":[\"DOCUMENT_VERIFIED\",\"APPLICATION_APPROVED\"]}"), 400, "validation-error");
        assertThat(unknown.path("errors").get(0).path("pointer").asText()).isEqualTo("#/event_types/1");
    }

    @Test
    @DisplayName("EVT-016: an unknown event type in a new subscription answers 400 at its index")
    void unknownTypeOnCreate() {
        JsonNode problem = assertProblem(events.send("POST", "/v1/webhook-subscriptions", token, JSON,
                "{\"url\":\"" + url() + "\",\"event_types\":[\"APPLICATION_SUBMITTED\",\"APPLICATION_APPROVED\"]}"),
                400, "validation-error");
        assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/event_types/1");
    }

    @Test
    @DisplayName("EVT-033: rotate answers a new secret, previous_secret_expires_at 24 hours later and a new ETag")
    void rotates() {
        HttpResponse<String> created = create(url(), token);
        JsonNode body = Problems.json(created.body());
        String base = "/v1/webhook-subscriptions/" + body.path("id").asText();

        HttpResponse<String> rotated = events.send("POST", base + "/secret-rotation", token, null, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow());

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode after = Problems.json(rotated.body());
        assertThat(after.path("secret").asText()).matches(SECRET).isNotEqualTo(body.path("secret").asText());
        assertThat(java.time.Duration.between(java.time.Instant.parse(after.path("updated_at").asText()),
                java.time.Instant.parse(after.path("previous_secret_expires_at").asText())))
                .isEqualTo(java.time.Duration.ofHours(24));
        assertThat(rotated.headers().firstValue("ETag")).isNotEqualTo(created.headers().firstValue("ETag"));
        JsonNode read = Problems.json(events.get(base, token).body());
        assertThat(read.has("secret")).isFalse();
        assertThat(read.path("previous_secret_expires_at").asText())
                .isEqualTo(after.path("previous_secret_expires_at").asText());
    }

    @Test
    @DisplayName("EVT-024: delete with the current ETag answers 204, then 404")
    void deletes() {
        HttpResponse<String> created = create(url(), token);
        String base = "/v1/webhook-subscriptions/" + Problems.json(created.body()).path("id").asText();

        HttpResponse<String> deleted = events.send("DELETE", base, token, null, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertProblem(events.get(base, token), 404, "not-found");
    }

    @Test
    @DisplayName("EVT-034: redelivering an event that is not the agency's answers 400 at #/event_id with UNKNOWN")
    void redeliverUnknownEvent() {
        HttpResponse<String> created = create(url(), token);
        String base = "/v1/webhook-subscriptions/" + Problems.json(created.body()).path("id").asText();
        String othersEvent = events.submitted(EventFixture.AGENCY_B, EventFixture.application());

        for (String eventId : List.of("evt_01JDA4X7K2M9P3Q5R8S0T1V6W4", othersEvent)) {
            JsonNode problem = assertProblem(events.send("POST", base + "/deliveries", token, JSON,
                    "{\"event_id\":\"" + eventId + "\"}"), 400, "validation-error");
            assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/event_id");
            assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN");
        }
    }

    @Test
    @DisplayName("listWebhookSubscriptions pages oldest first and filters by active")
    void listsInPages() {
        String tokenB = events.tokenB();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(Problems.json(create(url(), tokenB).body()).path("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String pageToken = null;
        do {
            JsonNode page = Problems.json(events.get("/v1/webhook-subscriptions?page_size=2"
                    + (pageToken == null ? "" : "&page_token=" + pageToken), tokenB).body());
            seen.addAll(ids(page));
            pageToken = page.has("next_page_token") ? page.path("next_page_token").asText() : null;
        } while (pageToken != null);
        assertThat(seen).containsSubsequence(created).doesNotHaveDuplicates();
        assertThat(ids(Problems.json(events.get("/v1/webhook-subscriptions?active=false", tokenB).body())))
                .doesNotContainAnyElementsOf(created);
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
