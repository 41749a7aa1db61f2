package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.RecordingSleeper;
import id.mpp.sdk.TestClients;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.errors.RateLimitedException;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final MppClient client = TestClients.client(server, sleeper).build();

    private static final String APPLICATION = "{\"id\":\"app_1\",\"status\":\"SUBMITTED\"}";
    private static final String SERVICE = "{\"id\":\"33-02-disdukcapil-akta-kelahiran\",\"name\":\"Akta Kelahiran\"}";

    @Test
    void aRateLimitedPostIsRetriedAfterItsRetryAfterWithTheSameIdempotencyKey() {
        answerInTurn(() -> post(urlPathEqualTo("/v1/applications")),
                aResponse().withStatus(429).withHeader("Retry-After", "7"),
                aResponse().withStatus(503).withHeader("Retry-After", "2"),
                aResponse().withStatus(201).withHeader("ETag", "\"1\"").withHeader("Content-Type", "application/json")
                        .withBody(APPLICATION));

        client.applications().submit(submission());

        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlPathEqualTo("/v1/applications")));
        assertThat(attempts).hasSize(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        String key = attempts.get(0).getHeader("Idempotency-Key");
        assertThat(key).isNotBlank();
        assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(key);
        assertThat(attempts).extracting(r -> r.getHeader("X-Request-Id"))
                .containsOnly(attempts.get(0).getHeader("X-Request-Id"));
    }

    @Test
    void theCallersIdempotencyKeyIsSentOnEveryAttempt() {
        answerInTurn(() -> post(urlPathEqualTo("/v1/applications")),
                aResponse().withStatus(500),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(APPLICATION));

        client.applications().submit(submission(), RequestOptions.of(o -> o.idempotencyKey("my-key-17")));

        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/v1/applications"))))
                .extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("my-key-17", "my-key-17");
    }

    @Test
    void aRetryAfterDateIsMeasuredAgainstTheInjectedClock() {
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(TestClients.NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
        answerInTurn(() -> get(urlPathEqualTo("/v1/services/s1")),
                aResponse().withStatus(503).withHeader("Retry-After", inThirtySeconds),
                okJson(SERVICE));

        client.services().get("s1");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsEndsTheRetriesAndIsReported() {
        server.stubFor(get(urlPathEqualTo("/v1/services/s1"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> client.services().get("s1"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void aRetryableStatusIsRetried(int status) {
        answerInTurn(() -> get(urlPathEqualTo("/v1/services/s1")), aResponse().withStatus(status), okJson(SERVICE));

        assertThat(client.services().get("s1").getName()).isEqualTo("Akta Kelahiran");

        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {400, 401, 403, 404, 409, 412, 422, 428})
    void aClientErrorIsNotRetried(int status) {
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(aResponse().withStatus(status)));

        assertThatThrownBy(() -> client.services().get("s1"))
                .isInstanceOfSatisfying(MppApiException.class, e -> assertThat(e.status()).isEqualTo(status));
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
    }

    @Test
    void aBrokenConnectionIsRetriedByThePolicy() {
        answerInTurn(() -> get(urlPathEqualTo("/v1/services/s1")),
                aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), okJson(SERVICE));

        assertThat(client.services().get("s1").getId()).isEqualTo("33-02-disdukcapil-akta-kelahiran");

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100));
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
    }

    @Test
    void anAttemptThatTimesOutIsRetried() {
        answerInTurn(() -> get(urlPathEqualTo("/v1/services/s1")),
                okJson(SERVICE).withFixedDelay(2_000), okJson(SERVICE));

        client.services().get("s1", RequestOptions.of(o -> o.timeout(Duration.ofMillis(150))));

        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
    }

    @Test
    void attemptsAreBoundedAndBackOffExponentially() {
        MppClient fiveAttempts = client.toBuilder().retryPolicy(p -> p.maxAttempts(5)).build();
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> fiveAttempts.services().get("s1"))
                .isInstanceOfSatisfying(MppApiException.class, e -> assertThat(e.status()).isEqualTo(503));

        server.verify(5, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void aConnectionThatKeepsBeingRefusedEndsInATransportExceptionAfterTheLastAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MppClient nowhere = client.toBuilder().baseUrl("http://127.0.0.1:" + closedPort).build();

        assertThatThrownBy(() -> nowhere.services().get("s1"))
                .isInstanceOf(MppTransportException.class)
                .hasMessageStartingWith("GET http://127.0.0.1:" + closedPort + "/v1/services/s1 got no answer after "
                        + "3 attempts")
                .hasCauseInstanceOf(IOException.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void aPostWithoutAKeyIsNotRetriedWhenAutomaticKeysAreOff() {
        MppClient noAutoKeys = client.toBuilder().autoIdempotencyKeys(false).build();
        server.stubFor(post(urlPathEqualTo("/v1/applications")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> noAutoKeys.applications().submit(submission()))
                .isInstanceOfSatisfying(MppApiException.class, e -> assertThat(e.status()).isEqualTo(503));

        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlPathEqualTo("/v1/applications")));
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).containsHeader("Idempotency-Key")).isFalse();
    }

    @Test
    void aRequestSentOnceIsNeverRepeated() {
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(aResponse().withStatus(503)));
        ApiTransport transport = client.transport();

        assertThatThrownBy(() -> transport.send(HttpRequest.newBuilder(transport.resolve("/v1/services/s1")),
                HttpResponse.BodyHandlers.ofString(), RequestOptions.none(), ApiTransport.Retryability.ONCE))
                .isInstanceOf(MppApiException.class);

        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/services/s1")));
    }

    @Test
    void aPostSentOnceGetsNoGeneratedKey() {
        server.stubFor(post(urlPathEqualTo("/v1/applications")).willReturn(aResponse().withStatus(500)));
        ApiTransport transport = client.transport();

        HttpRequest.Builder request = HttpRequest.newBuilder(transport.resolve("/v1/applications"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));

        assertThatThrownBy(() -> transport.send(request, HttpResponse.BodyHandlers.ofString(), RequestOptions.none(),
                ApiTransport.Retryability.ONCE))
                .isInstanceOf(MppApiException.class);

        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlPathEqualTo("/v1/applications")));
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).containsHeader("Idempotency-Key")).isFalse();
    }

    private static ApplicationSubmission submission() {
        return new ApplicationSubmission().serviceId("33-02-disdukcapil-akta-kelahiran")
                .form(Map.of("nama_bayi", "Sekar")).documents(List.of());
    }

    private static void answerInTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        String state = STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "attempt " + (i + 2);
            server.stubFor(request.get().inScenario("attempts").whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(answers[i]));
            state = next;
        }
    }
}
