package id.mpp.server.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key mechanism on test-only POST routes, over real HTTP. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.client-address-header", value = "X-Test-Client-Address")
class IdempotencyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

    @Inject
    EmbeddedServer server;

    @Inject
    IdempotencyProbeController.Effects effects;

    @Inject
    IdempotencyPurge purge;

    private Http http;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void reset() {
        http = new Http(server);
        effects.created.set(0);
        effects.failures.set(0);
        effects.entered = new CountDownLatch(1);
        effects.release = new CountDownLatch(1);
    }

    @Test
    @DisplayName("GEN-009: the same key and body replay the first answer, status, headers and body, without a second effect")
    void sameKeySameBodyReplays() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/test-idempotency/items", key, "{\"name\":\"a\"}");
        HttpResponse<String> second = post("/test-idempotency/items", key, "{\"name\":\"a\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
                .hasValue("/test-idempotency/items/1");
        assertThat(second.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(effects.created).hasValue(1);
    }

    @Test
    @DisplayName("GEN-010: the same key with another body answers 422 idempotency-key-reused and has no effect")
    void sameKeyOtherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post("/test-idempotency/items", key, "{\"name\":\"a\"}");

        HttpResponse<String> reused = post("/test-idempotency/items", key, "{\"name\":\"b\"}");

        Problems.assertProblem(reused, 422, "idempotency-key-reused");
        assertThat(effects.created).hasValue(1);
    }

    @Test
    @DisplayName("GEN-010: the same key on another operation answers 422 idempotency-key-reused and has no effect")
    void sameKeyOtherOperationIsRefused() {
        String key = UUID.randomUUID().toString();
        post("/test-idempotency/items", key, "{\"name\":\"a\"}");

        HttpResponse<String> reused = post("/test-idempotency/other-items", key, "{\"name\":\"a\"}");

        Problems.assertProblem(reused, 422, "idempotency-key-reused");
        assertThat(effects.created).hasValue(1);
    }

    @Test
    @DisplayName("GEN-011: while the first request with a key runs, a second one answers 409 idempotency-key-in-use")
    void concurrentRequestWithSameKeyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<String>> first = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .sendAsync(postRequest("/test-idempotency/slow-items", key, "{\"name\":\"slow\"}"),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(effects.entered.await(30, TimeUnit.SECONDS)).as("the first request is running").isTrue();

        HttpResponse<String> second = post("/test-idempotency/slow-items", key, "{\"name\":\"slow\"}");
        effects.release.countDown();

        Problems.assertProblem(second, 409, "idempotency-key-in-use");
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(effects.created).hasValue(1);
        HttpResponse<String> third = post("/test-idempotency/slow-items", key, "{\"name\":\"slow\"}");
        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(third.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(effects.created).hasValue(1);
    }

    @Test
    @DisplayName("GEN-012: the same key from another anonymous client address is a new request, not a replay")
    void keysAreScopedToTheClient() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> mine = send(postBuilder("/test-idempotency/items", key, "{\"name\":\"a\"}")
                .header("X-Test-Client-Address", "10.0.0.1").build());
        HttpResponse<String> theirs = send(postBuilder("/test-idempotency/items", key, "{\"name\":\"a\"}")
                .header("X-Test-Client-Address", "10.0.0.2").build());

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(Problems.json(theirs.body()).path("number").asInt()).isEqualTo(2);
        assertThat(effects.created).hasValue(2);
    }

    @Test
    @DisplayName("GEN-013: a key is honoured 24 hours after its first use and forgotten after that")
    void keysAreKeptForAtLeastADay() {
        String key = UUID.randomUUID().toString();
        post("/test-idempotency/items", key, "{\"name\":\"a\"}");

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(post("/test-idempotency/items", key, "{\"name\":\"a\"}").headers()
                .firstValue("Idempotent-Replayed")).hasValue("true");
        Problems.assertProblem(post("/test-idempotency/items", key, "{\"name\":\"b\"}"), 422,
                "idempotency-key-reused");

        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> afterExpiry = post("/test-idempotency/items", key, "{\"name\":\"b\"}");
        assertThat(afterExpiry.statusCode()).isEqualTo(201);
        assertThat(effects.created).hasValue(2);
    }

    @Test
    @DisplayName("GEN-013: the purge forgets expired keys only")
    void purgeForgetsExpiredKeys() {
        post("/test-idempotency/items", UUID.randomUUID().toString(), "{\"name\":\"old\"}");
        clock.advance(Duration.ofHours(25));
        String fresh = UUID.randomUUID().toString();
        post("/test-idempotency/items", fresh, "{\"name\":\"new\"}");

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(post("/test-idempotency/items", fresh, "{\"name\":\"new\"}").headers()
                .firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    @DisplayName("GEN-009: a 5xx answer is not stored, so the retry with the same key runs again")
    void failuresAreNotStored() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> failed = post("/test-idempotency/flaky-items", key, "{\"name\":\"a\"}");
        HttpResponse<String> retried = post("/test-idempotency/flaky-items", key, "{\"name\":\"a\"}");

        Problems.assertProblem(failed, 500, "internal-error");
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(effects.created).hasValue(1);
    }

    @Test
    @DisplayName("GEN-007: a replayed problem carries the retry's request ID")
    void replayedProblemCarriesTheRetrysRequestId() {
        String key = UUID.randomUUID().toString();
        post("/test-idempotency/items", key, "{\"name\":\"a\"}");
        post("/test-idempotency/items", key, "{\"name\":\"b\"}");

        HttpResponse<String> again = send(postBuilder("/test-idempotency/items", key, "{\"name\":\"b\"}")
                .header("X-Request-Id", "retry-42").build());

        JsonNode problem = Problems.assertProblem(again, 422, "idempotency-key-reused");
        assertThat(problem.path("request_id").asText()).isEqualTo("retry-42");
    }

    @Test
    @DisplayName("GEN-005: a body over the limit with a key answers 413 and leaves the key free")
    void oversizedBodyIsRefusedBeforeTakingTheKey() {
        String key = UUID.randomUUID().toString();
        String large = "{\"name\":\"" + "x".repeat(5000) + "\"}";

        Problems.assertProblem(post("/test-idempotency/items", key, large), 413, "payload-too-large");

        assertThat(post("/test-idempotency/items", key, "{\"name\":\"a\"}").statusCode()).isEqualTo(201);
        assertThat(effects.created).hasValue(1);
    }

    @Test
    @DisplayName("A route that does not declare Idempotency-Key ignores it: each request runs")
    void routesWithoutTheHeaderIgnoreIt() {
        String key = UUID.randomUUID().toString();
        post("/test-idempotency/unaware-items", key, "{\"name\":\"a\"}");
        HttpResponse<String> second = post("/test-idempotency/unaware-items", key, "{\"name\":\"a\"}");

        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(effects.created).hasValue(2);
    }

    @Test
    @DisplayName("Without a key every request runs")
    void requestsWithoutKeyAlwaysRun() {
        send(http.request("/test-idempotency/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        send(http.request("/test-idempotency/items").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(effects.created).hasValue(2);
    }

    private HttpResponse<String> post(String path, String key, String json) {
        return send(postRequest(path, key, json));
    }

    private HttpRequest postRequest(String path, String key, String json) {
        return postBuilder(path, key, json).build();
    }

    private HttpRequest.Builder postBuilder(String path, String key, String json) {
        return http.request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest request) {
        return http.send(request);
    }
}
