package id.mpp.server.http.event;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.WebhookSigning;
import id.mpp.server.domain.event.WebhookUrlPolicy;
import id.mpp.server.storage.event.JdbcWebhookStore;
import id.mpp.server.storage.event.StoredSubscription;
import id.mpp.server.http.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Webhook URL rules outside development mode (EVT-018, the default). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookUrlRulesTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    EventRecorder recorder;
    @Inject
    JdbcWebhookStore store;
    @Inject
    WebhookDispatcher dispatcher;

    @Override
    public Map<String, String> getProperties() {
        return EventFixture.properties(false);
    }

    @Test
    @DisplayName("EVT-018: http, user information, fragments, over-long URLs, localhost names and refused address"
            + " literals answer 400 at #/url with NOT_ALLOWED; nothing is created")
    void refusesUrls() {
        EventFixture events = new EventFixture(new Http(server), recorder);
        String token = events.tokenA();
        List<String> refused = List.of("http://siak.example.go.id/hooks", "https://user:pw@siak.example.go.id/hooks",
                "https://siak.example.go.id/hooks#part", "https://localhost/hooks", "https://api.localhost/hooks",
                "https://127.0.0.1/hooks", "https://10.1.2.3/hooks", "https://100.64.0.1/hooks",
                "https://169.254.169.254/latest", "https://172.16.0.1/hooks", "https://192.168.10.5/hooks",
                "https://0.0.0.0/hooks", "https://[::1]/hooks", "https://[::]/hooks", "https://[fc00::1]/hooks",
                "https://[fe80::1]/hooks", "https://[::ffff:127.0.0.1]/hooks", "https://[::ffff:10.0.0.1]/hooks",
                "https://siak.example.go.id/" + "a".repeat(2048), "siak.example.go.id/hooks");
        for (String url : refused) {
            JsonNode problem = assertProblem(events.send("POST", "/v1/webhook-subscriptions", token,
                    "application/json", "{\"url\":\"" + url + "\",\"event_types\":[\"APPLICATION_SUBMITTED\"]}"),
                    400, "validation-error");
            assertThat(problem.path("errors").get(0).path("pointer").asText()).as(url).isEqualTo("#/url");
            assertThat(problem.path("errors").get(0).path("code").asText()).as(url).isEqualTo("NOT_ALLOWED");
        }
        List<String> urls = new java.util.ArrayList<>();
        id.mpp.server.http.Problems.json(events.get("/v1/webhook-subscriptions", token).body()).path("items")
                .forEach(item -> urls.add(item.path("url").asText()));
        assertThat(urls).doesNotContainAnyElementsOf(refused);
        assertThat(events.send("POST", "/v1/webhook-subscriptions", token, "application/json",
                "{\"url\":\"https://siak.example.go.id/hooks\",\"event_types\":[\"APPLICATION_SUBMITTED\"]}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("EVT-019: an attempt to a host that resolves to a refused address is not sent and is logged"
            + " FORBIDDEN_ADDRESS")
    void refusesForbiddenAddressesAtDelivery() {
        EventFixture events = new EventFixture(new Http(server), recorder);
        String token = events.tokenA();
        java.time.Instant now = java.time.Instant.now();
        String subscriptionId = "whs_01JDB7M3K9Q2R5S8T1V4W6X0Y3";
        // Stored directly, as if the name had resolved elsewhere when it was subscribed.
        store.create(new StoredSubscription(subscriptionId, EventFixture.AGENCY_A, "https://127.0.0.1:9/hooks",
                List.of("APPLICATION_SUBMITTED"), null, true, null, null, WebhookSigning.newSecret(), null, null, null,
                now, now, 1));
        String eventId = events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        dispatcher.runDue();

        JsonNode attempt = id.mpp.server.http.Problems.json(events.get("/v1/webhook-subscriptions/" + subscriptionId
                + "/deliveries", token).body()).path("items").get(0);
        assertThat(attempt.path("event_id").asText()).isEqualTo(eventId);
        assertThat(attempt.path("failure_reason").asText()).isEqualTo("FORBIDDEN_ADDRESS");
        assertThat(attempt.has("response_status")).isFalse();
    }

    @Test
    @DisplayName("EVT-018, EVT-035: development mode also accepts http and loopback hosts")
    void developmentModeAcceptsLoopback() {
        assertThat(WebhookUrlPolicy.allowed("http://127.0.0.1:8089/hooks", true)).isTrue();
        assertThat(WebhookUrlPolicy.allowed("http://127.0.0.1:8089/hooks", false)).isFalse();
        assertThat(WebhookUrlPolicy.allowed("https://[2001:db8::1]/hooks", false)).isTrue();
        assertThat(WebhookUrlPolicy.allowed("https://8.8.8.8/hooks", false)).isTrue();
    }
}
