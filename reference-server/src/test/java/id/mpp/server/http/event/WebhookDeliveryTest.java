package id.mpp.server.http.event;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.net.httpserver.HttpServer;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.ClientCredentials;
import id.mpp.sdk.auth.OAuthClient;
import id.mpp.sdk.generated.model.WebhookSubscription;
import id.mpp.sdk.generated.model.WebhookSubscriptionCreate;
import id.mpp.sdk.webhooks.WebhookVerifier;
import id.mpp.server.http.sso.SsoFixture;
import java.net.URI;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhook deliveries to WireMock receivers, with the dispatcher driven by hand ({@link WebhookDispatcher#runDue()})
 * and its time moved by the test ({@link MovableTiming}): no test sleeps. Signatures are checked with the SDK's
 * Standard Webhooks verifier.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    EventRecorder recorder;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    MovableTiming timing;

    private final WireMockServer receiver = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
    private EventFixture events;
    private String token;

    @Override
    public Map<String, String> getProperties() {
        return EventFixture.properties(true);
    }

    @MockBean(WebhookTiming.class)
    MovableTiming timing() {
        return new MovableTiming();
    }

    /**
     * Time that the test moves ahead of the real clock (never behind it, so that what the server records with its own
     * clock is due at once); no jitter.
     */
    static class MovableTiming extends WebhookTiming {
        private volatile Duration ahead = Duration.ZERO;

        MovableTiming() {
            super(Clock.systemUTC());
        }

        @Override
        public Instant now() {
            return Instant.now().plus(ahead);
        }

        @Override
        public double jitter() {
            return 0;
        }

        void advance(Duration duration) {
            ahead = ahead.plus(duration);
        }

        void reset() {
            ahead = Duration.ZERO;
        }
    }

    @BeforeAll
    void startReceiver() {
        receiver.start();
    }

    @AfterAll
    void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void connect() {
        events = new EventFixture(new Http(server), recorder);
        token = events.tokenA();
        timing.reset();
        JsonNode list = Problems.json(events.get("/v1/webhook-subscriptions?page_size=100", token).body());
        for (JsonNode subscription : list.path("items")) {
            String base = "/v1/webhook-subscriptions/" + subscription.path("id").asText();
            String etag = events.get(base, token).headers().firstValue("ETag").orElseThrow();
            assertThat(events.send("DELETE", base, token, null, null, "If-Match", etag).statusCode()).isEqualTo(204);
        }
        dispatcher.runDue();
    }

    /** A subscription of agency A to every application type at {@code path} of the receiver; answers its body. */
    private JsonNode subscribePath(String path) {
        return subscribe("http://localhost:" + receiver.port() + path, new String[0]);
    }

    private JsonNode subscribe(String url, String... types) {
        String list = types.length == 0
                ? "\"APPLICATION_SUBMITTED\",\"APPLICATION_STATUS_CHANGED\",\"DOCUMENT_VERIFIED\""
                : String.join(",", List.of(types).stream().map(t -> "\"" + t + "\"").toList());
        HttpResponse<String> created = events.send("POST", "/v1/webhook-subscriptions", token, "application/json",
                "{\"url\":\"" + url + "\",\"event_types\":[" + list + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = Problems.json(created.body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("etag",
                created.headers().firstValue("ETag").orElseThrow());
        return body;
    }

    private static String path() {
        return "/hooks/" + UUID.randomUUID();
    }

    private List<LoggedRequest> received(String path) {
        return receiver.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(path)))
                .stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    private JsonNode deliveries(JsonNode subscription, String query) {
        HttpResponse<String> response = events.get("/v1/webhook-subscriptions/" + subscription.path("id").asText()
                + "/deliveries" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Problems.json(response.body()).path("items");
    }

    private static Event verify(LoggedRequest request, String... secrets) {
        long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
        WebhookVerifier verifier = WebhookVerifier.builder().secrets(List.of(secrets))
                .clock(Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC)).build();
        return verifier.verify(request::getHeader, request.getBody());
    }

    @Test
    @DisplayName("EVT-025, EVT-026, EVT-013: an event is POSTed once, signed so that the SDK's verifier accepts it,"
            + " with the event's id as webhook-id and the feed's exact body; the log shows SUCCEEDED")
    void deliversSignedEvents() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        JsonNode subscription = subscribePath(path);
        String app = EventFixture.application();
        String start = events.tail(token, "");
        String eventId = events.submitted(EventFixture.AGENCY_A, app);
        events.submitted(EventFixture.AGENCY_B, EventFixture.application());
        events.cancelled(EventFixture.AGENCY_A, app);

        dispatcher.runDue();

        List<LoggedRequest> requests = received(path);
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        Event event = verify(request, subscription.path("secret").asText());
        assertThat(event.getId()).isEqualTo(eventId);
        assertThat(request.getHeader("webhook-id")).isEqualTo(eventId);
        assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
                .isBetween(timing.now().getEpochSecond() - 5, timing.now().getEpochSecond());
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode fromFeed = Problems.json(events.get(EventFixture.feed("", start, 1), token).body())
                .path("items").get(0);
        assertThat(Problems.json(request.getBodyAsString())).isEqualTo(fromFeed);
        JsonNode log = deliveries(subscription, "");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("event_id").asText()).isEqualTo(eventId);
        assertThat(log.get(0).path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(log.get(0).path("response_status").asInt()).isEqualTo(204);
        assertThat(log.get(0).path("trigger").asText()).isEqualTo("AUTOMATIC");
        assertThat(log.get(0).path("attempt_number").asInt()).isEqualTo(1);
        assertThat(log.get(0).has("next_attempt_at")).isFalse();
    }

    @Test
    @DisplayName("EVT-028, EVT-027, EVT-032: a 500 is retried 5 s later with a new timestamp and signature; the log"
            + " shows RETRY_SCHEDULED with next_attempt_at, then SUCCEEDED, newest first")
    void retriesAfterFailure() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribePath(path);
        String eventId = events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        dispatcher.runDue();
        JsonNode first = deliveries(subscription, "").get(0);
        assertThat(first.path("outcome").asText()).isEqualTo("RETRY_SCHEDULED");
        assertThat(first.path("failure_reason").asText()).isEqualTo("UNEXPECTED_STATUS");
        assertThat(first.path("response_status").asInt()).isEqualTo(500);
        Instant next = Instant.parse(first.path("next_attempt_at").asText());
        Instant attempted = Instant.parse(first.path("attempted_at").asText());
        assertThat(Duration.between(attempted, next)).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5_600));

        timing.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.runDue()).as("not due yet").isZero();
        timing.advance(Duration.ofSeconds(5));
        assertThat(dispatcher.runDue()).isEqualTo(1);

        List<LoggedRequest> requests = received(path);
        assertThat(requests).hasSize(2);
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("webhook-id")).isEqualTo(eventId));
        assertThat(requests.get(0).getHeader("webhook-timestamp"))
                .isNotEqualTo(requests.get(1).getHeader("webhook-timestamp"));
        assertThat(requests.get(0).getHeader("webhook-signature"))
                .isNotEqualTo(requests.get(1).getHeader("webhook-signature"));
        requests.forEach(r -> verify(r, subscription.path("secret").asText()));
        JsonNode log = deliveries(subscription, "");
        assertThat(log).extracting(a -> a.path("outcome").asText()).containsExactly("SUCCEEDED", "RETRY_SCHEDULED");
        assertThat(log).extracting(a -> a.path("attempt_number").asInt()).containsExactly(2, 1);
        assertThat(deliveries(subscription, "?outcome=SUCCEEDED")).hasSize(1);
        assertThat(deliveries(subscription, "?event_id=evt_01JDA4X7K2M9P3Q5R8S0T1V6W4")).isEmpty();
    }

    @Test
    @DisplayName("EVT-028: no answer within the timeout is a TIMEOUT; a receiver that is down is CONNECTION_FAILED;"
            + " after the 9th failed attempt the delivery is FAILED and not tried again")
    void timeoutAndDeadReceiverAndExhaustion() throws IOException {
        String slow = path();
        receiver.stubFor(post(urlEqualTo(slow)).willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));
        JsonNode slowSubscription = subscribePath(slow);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JsonNode dead = subscribe("http://127.0.0.1:" + closedPort + "/hooks", new String[0]);
        events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        dispatcher.runDue();

        JsonNode timedOut = deliveries(slowSubscription, "").get(0);
        assertThat(timedOut.path("failure_reason").asText()).isEqualTo("TIMEOUT");
        assertThat(timedOut.has("response_status")).isFalse();
        assertThat(deliveries(dead, "").get(0).path("failure_reason").asText()).isEqualTo("CONNECTION_FAILED");

        receiver.stubFor(post(urlEqualTo(slow)).willReturn(aResponse().withStatus(503)));
        List<Duration> delays = List.of(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
                Duration.ofHours(10));
        for (Duration delay : delays) {
            timing.advance(delay.plusSeconds(3));
            dispatcher.runDue();
        }
        timing.advance(Duration.ofHours(11));
        assertThat(dispatcher.runDue()).isZero();

        JsonNode log = deliveries(dead, "");
        assertThat(log).hasSize(9);
        assertThat(log.get(0).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(log.get(0).path("attempt_number").asInt()).isEqualTo(9);
        assertThat(log.get(0).has("next_attempt_at")).isFalse();
        assertThat(deliveries(slowSubscription, "")).hasSize(9);
    }

    @Test
    @DisplayName("EVT-029: a 410 answer disables the subscription at once (RECEIVER_GONE) and changes its ETag")
    void goneDisables() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(410)));
        JsonNode subscription = subscribePath(path);
        String app = EventFixture.application();
        events.submitted(EventFixture.AGENCY_A, app);
        events.reviewed(EventFixture.AGENCY_A, app);

        dispatcher.runDue();

        HttpResponse<String> read = events.get("/v1/webhook-subscriptions/" + subscription.path("id").asText(),
                token);
        JsonNode body = Problems.json(read.body());
        assertThat(body.path("active").asBoolean()).isFalse();
        assertThat(body.path("disabled_reason").asText()).isEqualTo("RECEIVER_GONE");
        assertThat(read.headers().firstValue("ETag")).isNotEqualTo(subscription.path("etag").asText());
        assertThat(received(path)).hasSize(1);
        JsonNode log = deliveries(subscription, "");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(log.get(0).path("failure_reason").asText()).isEqualTo("RECEIVER_GONE");
    }

    @Test
    @DisplayName("EVT-029: 5 days without a successful attempt disable the subscription (DELIVERY_FAILURES)")
    void fiveDaysOfFailuresDisable() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(500)));
        JsonNode subscription = subscribePath(path);
        for (int day = 0; day < 6; day++) {
            events.submitted(EventFixture.AGENCY_A, EventFixture.application());
            dispatcher.runDue();
            timing.advance(Duration.ofDays(1));
        }
        JsonNode body = Problems.json(events.get("/v1/webhook-subscriptions/" + subscription.path("id").asText(),
                token).body());
        assertThat(body.path("active").asBoolean()).isFalse();
        assertThat(body.path("disabled_reason").asText()).isEqualTo("DELIVERY_FAILURES");
    }

    @Test
    @DisplayName("EVT-031: the next event of an application waits until the previous one is delivered")
    void deliversAnApplicationsEventsInOrder() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        subscribePath(path);
        String app = EventFixture.application();
        String first = events.submitted(EventFixture.AGENCY_A, app);
        String second = events.reviewed(EventFixture.AGENCY_A, app);

        dispatcher.runDue();
        assertThat(received(path)).extracting(r -> r.getHeader("webhook-id")).containsExactly(first);
        timing.advance(Duration.ofSeconds(6));
        dispatcher.runDue();

        assertThat(received(path)).extracting(r -> r.getHeader("webhook-id")).containsExactly(first, first, second);
    }

    @Test
    @DisplayName("EVT-025, EVT-030: events of other types, and events while inactive, are not delivered; a deleted"
            + " subscription gets nothing (EVT-024)")
    void onlySubscribedTypesWhileActive() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribe("http://localhost:" + receiver.port() + path, "APPLICATION_STATUS_CHANGED");
        String id = subscription.path("id").asText();
        String app = EventFixture.application();
        events.submitted(EventFixture.AGENCY_A, app);
        HttpResponse<String> paused = events.send("PATCH", "/v1/webhook-subscriptions/" + id, token,
                "application/merge-patch+json", "{\"active\":false}", "If-Match", subscription.path("etag").asText());
        events.reviewed(EventFixture.AGENCY_A, app);
        HttpResponse<String> resumed = events.send("PATCH", "/v1/webhook-subscriptions/" + id, token,
                "application/merge-patch+json", "{\"active\":true}", "If-Match",
                paused.headers().firstValue("ETag").orElseThrow());
        dispatcher.runDue();
        assertThat(received(path)).isEmpty();

        String later = events.reviewed(EventFixture.AGENCY_A, app);
        dispatcher.runDue();
        assertThat(received(path)).extracting(r -> r.getHeader("webhook-id")).containsExactly(later);

        events.send("DELETE", "/v1/webhook-subscriptions/" + id, token, null, null, "If-Match",
                resumed.headers().firstValue("ETag").orElseThrow());
        events.reviewed(EventFixture.AGENCY_A, app);
        dispatcher.runDue();
        assertThat(received(path)).hasSize(1);
    }

    @Test
    @DisplayName("EVT-033: after a rotation every attempt carries two signatures, the new secret's first; after 24"
            + " hours only the new one")
    void rotationSignsWithBothSecrets() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribePath(path);
        String oldSecret = subscription.path("secret").asText();
        HttpResponse<String> rotated = events.send("POST", "/v1/webhook-subscriptions/"
                + subscription.path("id").asText() + "/secret-rotation", token, null, null, "If-Match",
                subscription.path("etag").asText());
        String newSecret = Problems.json(rotated.body()).path("secret").asText();

        events.submitted(EventFixture.AGENCY_A, EventFixture.application());
        dispatcher.runDue();
        timing.advance(Duration.ofHours(25));
        events.submitted(EventFixture.AGENCY_A, EventFixture.application());
        dispatcher.runDue();

        List<LoggedRequest> requests = received(path);
        assertThat(requests).hasSize(2);
        String[] during = requests.get(0).getHeader("webhook-signature").split(" ");
        assertThat(during).hasSize(2);
        verify(requests.get(0), newSecret);
        verify(requests.get(0), oldSecret);
        assertThat(WebhookVerifierProbe.matches(requests.get(0), during[0], newSecret)).isTrue();
        assertThat(WebhookVerifierProbe.matches(requests.get(0), during[1], oldSecret)).isTrue();
        assertThat(requests.get(1).getHeader("webhook-signature").split(" ")).hasSize(1);
        verify(requests.get(1), newSecret);
    }

    @Test
    @DisplayName("EVT-034: redelivery makes one immediate MANUAL attempt, whatever the state and types, never retried")
    void redelivers() {
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribe("http://localhost:" + receiver.port() + path, "DOCUMENT_VERIFIED");
        String id = subscription.path("id").asText();
        events.send("PATCH", "/v1/webhook-subscriptions/" + id, token, "application/merge-patch+json",
                "{\"active\":false}", "If-Match", subscription.path("etag").asText());
        String eventId = events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        HttpResponse<String> answer = events.send("POST", "/v1/webhook-subscriptions/" + id + "/deliveries", token,
                "application/json", "{\"event_id\":\"" + eventId + "\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode attempt = Problems.json(answer.body());
        assertThat(attempt.path("trigger").asText()).isEqualTo("MANUAL");
        assertThat(attempt.path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(attempt.path("attempt_number").asInt()).isEqualTo(1);
        List<LoggedRequest> requests = received(path);
        assertThat(requests).hasSize(1);
        assertThat(verify(requests.get(0), subscription.path("secret").asText()).getId()).isEqualTo(eventId);

        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(401)));
        JsonNode failed = Problems.json(events.send("POST", "/v1/webhook-subscriptions/" + id + "/deliveries", token,
                "application/json", "{\"event_id\":\"" + eventId + "\"}").body());
        assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.path("response_status").asInt()).isEqualTo(401);
        assertThat(failed.path("attempt_number").asInt()).isEqualTo(2);
        timing.advance(Duration.ofMinutes(5));
        assertThat(dispatcher.runDue()).isZero();
        assertThat(received(path)).hasSize(2);
    }

    @Test
    @DisplayName("Issue 6: a receiver that hangs never slows the API: requests answer while the attempt is stuck")
    void hangingReceiverDoesNotBlockTheApi() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer hanging = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hanging.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        hanging.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            arrived.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hanging.start();
        try {
            subscribe("http://127.0.0.1:" + hanging.getAddress().getPort() + "/hooks", new String[0]);
            events.submitted(EventFixture.AGENCY_A, EventFixture.application());

            List<Future<?>> attempts = dispatcher.dispatchDue();
            assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(events.get("/v1/events?page_size=1", token).statusCode()).isEqualTo(200);
            JsonNode other = subscribePath(path());
            assertThat(events.get("/v1/webhook-subscriptions/" + other.path("id").asText(), token).statusCode())
                    .isEqualTo(200);
            events.submitted(EventFixture.AGENCY_A, EventFixture.application());
            assertThat(release.getCount()).as("the receiver was still holding its attempt").isEqualTo(1);
            assertThat(attempts).noneMatch(Future::isDone);

            release.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get(30, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            hanging.stop(0);
        }
    }

    @Test
    @DisplayName("EVT-016, EVT-005, EVT-026 through the SDK: an agency back-end subscribes, reads the feed, and"
            + " verifies the delivery with the SDK's WebhookVerifier")
    void throughTheSdk() {
        String base = "http://localhost:" + server.getPort();
        MppClient client = MppClient.builder().baseUrl(base)
                .credentials(ClientCredentials.builder().client(OAuthClient.builder()
                        .clientAuthentication(ClientAuthentication.clientSecretBasic(SsoFixture.AGENCY_CLIENT,
                                SsoFixture.AGENCY_SECRET))
                        .tokenEndpoint(URI.create(base + "/v1/sso/token")).build())
                        .scopes("agency.events").build())
                .build();
        String path = path();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        Versioned<WebhookSubscription> created = client.webhookSubscriptions().create(new WebhookSubscriptionCreate()
                .url(URI.create("http://localhost:" + receiver.port() + path))
                .eventTypes(List.of(id.mpp.sdk.generated.model.EventType.APPLICATION_SUBMITTED)));
        assertThat(created.requireEtag()).isNotEmpty();
        String eventId = events.submitted(EventFixture.AGENCY_A, EventFixture.application());

        List<String> feed = client.events().list(q -> q.types(id.mpp.sdk.generated.model.EventType.APPLICATION_SUBMITTED)
                .pageSize(100)).stream().map(Event::getId).toList();
        dispatcher.runDue();

        assertThat(feed).contains(eventId).doesNotHaveDuplicates();
        LoggedRequest request = received(path).get(0);
        WebhookVerifier verifier = WebhookVerifier.builder().secret(created.value().getSecret())
                .clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(request.getHeader("webhook-timestamp"))),
                        ZoneOffset.UTC)).build();
        assertThat(verifier.verify(request::getHeader, request.getBody()).getId()).isEqualTo(eventId);
        assertThat(client.webhookSubscriptions().deliveries(created.value().getId()).stream()
                .map(a -> a.getOutcome().getValue()).toList()).containsExactly("SUCCEEDED");
    }

    /** Checks one signature entry against one secret, as a receiver that knows only that secret would. */
    static final class WebhookVerifierProbe {
        static boolean matches(LoggedRequest request, String entry, String secret) {
            String expected = "v1," + id.mpp.server.domain.event.WebhookSigning.sign(secret,
                    request.getHeader("webhook-id"), Long.parseLong(request.getHeader("webhook-timestamp")),
                    request.getBody());
            return expected.equals(entry);
        }
    }
}
