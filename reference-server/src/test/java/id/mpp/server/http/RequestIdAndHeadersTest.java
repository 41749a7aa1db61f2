package id.mpp.server.http;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request ID and the security headers on every response, success or problem. */
@MicronautTest
class RequestIdAndHeadersTest {

    private final EmbeddedServer server;
    private Http http;

    RequestIdAndHeadersTest(EmbeddedServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        http = new Http(server);
    }

    @Test
    @DisplayName("GEN-007: a valid X-Request-Id is echoed on a success")
    void validRequestIdIsEchoed() {
        HttpResponse<String> response = http.get("/v1/regions", "X-Request-Id", "trace-42.a_b");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-42.a_b");
    }

    @Test
    @DisplayName("GEN-007: a valid X-Request-Id is echoed on a problem and repeated as its request_id")
    void validRequestIdIsRepeatedInProblem() {
        HttpResponse<String> response = http.get("/v1/regions/99.99", "X-Request-Id", "abc-123");

        assertThat(assertProblem(response, 404, "not-found").path("request_id").asText()).isEqualTo("abc-123");
    }

    @ParameterizedTest(name = "GEN-007: X-Request-Id \"{0}\" is replaced, not refused")
    @ValueSource(strings = {"has space", "semi;colon", "ümlaut"})
    void invalidRequestIdIsReplacedNotRefused(String invalid) {
        HttpResponse<String> response = http.get("/v1/regions", "X-Request-Id", invalid);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> {
            assertThat(id).isNotEqualTo(invalid);
            assertThat(id).matches("^[A-Za-z0-9._-]{1,128}$");
        });
    }

    @Test
    @DisplayName("GEN-007: an X-Request-Id longer than 128 characters is replaced")
    void overlongRequestIdIsReplaced() {
        String overlong = "a".repeat(129);
        HttpResponse<String> response = http.get("/v1/regions", "X-Request-Id", overlong);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).isNotEqualTo(overlong).matches("^[A-Za-z0-9._-]{1,128}$"));
    }

    @Test
    @DisplayName("GEN-007: without X-Request-Id every response gets a new one of its own")
    void missingRequestIdIsMadeFreshEachTime() {
        String first = http.get("/v1/regions").headers().firstValue("X-Request-Id").orElseThrow();
        String second = http.get("/no-route").headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(first).matches("^[A-Za-z0-9._-]{1,128}$").isNotEqualTo(second);
    }

    @ParameterizedTest(name = "GEN-023: security headers on {0}")
    @ValueSource(strings = {"/v1/regions", "/v1/regions/99.99", "/no-route", "/health"})
    void everyResponseCarriesSecurityHeaders(String path) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    @DisplayName("The health endpoint answers UP without authentication")
    void healthIsUp() {
        HttpResponse<String> response = http.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Problems.json(response.body()).path("status").asText()).isEqualTo("UP");
    }
}
