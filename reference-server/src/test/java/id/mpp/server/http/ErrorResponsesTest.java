package id.mpp.server.http;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every error, the framework's own included, is a problem of the contract's catalogue. */
@MicronautTest
class ErrorResponsesTest {

    private final EmbeddedServer server;
    private Http http;

    ErrorResponsesTest(EmbeddedServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        http = new Http(server);
    }

    @Test
    @DisplayName("GEN-003: a path the contract does not define answers 404 not-found as a problem")
    void unknownPathAnswersNotFoundProblem() {
        JsonNode body = assertProblem(http.get("/v1/no-such-thing"), 404, "not-found");

        assertThat(body.path("instance").asText()).isEqualTo("/v1/no-such-thing");
        assertThat(body.path("title").asText()).isEqualTo("Tidak ditemukan");
    }

    @Test
    @DisplayName("GEN-003: a browser asking for HTML still gets a problem, not an HTML page")
    void unknownPathAnswersProblemEvenToHtmlAccept() {
        assertProblem(http.get("/nowhere", "Accept", "text/html"), 404, "not-found");
    }

    @Test
    @DisplayName("GEN-004: a method the path does not support answers 405 with Allow listing the path's methods")
    void wrongMethodAnswersMethodNotAllowedWithAllow() {
        HttpResponse<String> response = http.send(http.request("/v1/regions")
                .DELETE().build());

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("GET"));
    }

    @Test
    @DisplayName("GEN-005: a body with a Content-Type the operation does not accept answers 415")
    void unsupportedContentTypeAnswersUnsupportedMediaType() {
        HttpResponse<String> response = http.send(http.request("/test-probe/json")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    @DisplayName("GEN-002: JSON that does not parse answers 400 malformed-request, never 500")
    void unreadableJsonAnswersMalformedRequest() {
        HttpResponse<String> response = http.send(http.request("/test-probe/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": ")).build());

        assertProblem(response, 400, "malformed-request");
    }

    @Test
    @DisplayName("GEN-002: JSON cut off inside a string value is malformed-request, not a validation error of that field")
    void jsonCutOffInsideAValueAnswersMalformedRequest() {
        HttpResponse<String> response = http.send(http.request("/test-probe/typed")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"KAB")).build());

        assertProblem(response, 400, "malformed-request");
    }

    @Test
    @DisplayName("GEN-001: a body over the limit answers 413 payload-too-large with max_bytes")
    void oversizedBodyAnswersPayloadTooLarge() {
        String big = "{\"text\":\"" + "x".repeat(10_000) + "\"}";
        HttpResponse<String> response = http.send(http.request("/test-probe/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());

        JsonNode body = assertProblem(response, 413, "payload-too-large");
        assertThat(body.path("max_bytes").asLong()).isEqualTo(4096);
    }

    @Test
    @DisplayName("GEN-006: page_size out of range answers 400 validation-error pointing at #/query/page_size")
    void pageSizeOutOfRangeAnswersValidationError() {
        JsonNode body = assertProblem(http.get("/v1/regions?page_size=0"), 400, "validation-error");

        assertThat(body.path("errors")).hasSize(1);
        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_size");
        assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(body.path("errors").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    @DisplayName("GEN-006: a page_size that is not a number answers 400 validation-error, never 500")
    void pageSizeOfWrongTypeAnswersValidationError() {
        JsonNode body = assertProblem(http.get("/v1/regions?page_size=many"), 400, "validation-error");

        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_size");
    }

    @Test
    @DisplayName("GEN-006: an unknown enum value in a query parameter answers 400 validation-error, never 500")
    void unknownEnumValueAnswersValidationError() {
        JsonNode body = assertProblem(http.get("/v1/regions?kind=DESA"), 400, "validation-error");

        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/kind");
        assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    @DisplayName("GEN-006: every offending parameter is listed, each with its own pointer")
    void everyOffendingParameterIsListed() {
        JsonNode body = assertProblem(http.get("/v1/regions?page_size=101&province_code=3"), 400,
                "validation-error");

        assertThat(body.path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("#/query/page_size", "#/query/province_code");
    }

    @Test
    @DisplayName("CAT-004: getRegion with a malformed code answers 400 with the pointer #/path/region_code")
    void malformedRegionCodeAnswersValidationError() {
        JsonNode body = assertProblem(http.get("/v1/regions/3302"), 400, "validation-error");

        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/path/region_code");
        assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("INVALID_FORMAT");
    }

    @Test
    @DisplayName("GEN-001: an unexpected failure answers 500 internal-error and shows nothing of what failed")
    void unexpectedFailureAnswersInternalErrorWithoutItsCause() {
        HttpResponse<String> response = http.get("/test-probe/boom");

        JsonNode body = assertProblem(response, 500, "internal-error");
        assertThat(response.body())
                .doesNotContain(ProbeController.SECRET_MESSAGE)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at id.mpp");
        assertThat(body.path("detail").asText()).contains("request_id");
    }

    @Test
    @DisplayName("GEN-008: titles and details are in Bahasa Indonesia by default and English on request")
    void textsFollowAcceptLanguage() {
        JsonNode indonesian = assertProblem(http.get("/v1/regions/99.99"), 404, "not-found");
        JsonNode english = assertProblem(http.get("/v1/regions/99.99", "Accept-Language", "en-US,en;q=0.9"), 404,
                "not-found");

        assertThat(indonesian.path("title").asText()).isEqualTo("Tidak ditemukan");
        assertThat(indonesian.path("detail").asText()).isEqualTo("Wilayah 99.99 tidak dilayani oleh MPP Digital ini.");
        assertThat(english.path("title").asText()).isEqualTo("Not found");
        assertThat(english.path("detail").asText()).isEqualTo("Region 99.99 is not served by this MPP Digital deployment.");
        assertThat(english.path("type")).isEqualTo(indonesian.path("type"));
    }

    @Test
    @DisplayName("GEN-008: quality values are honoured, and an unreadable Accept-Language means Indonesian")
    void acceptLanguageQualityValuesAreHonoured() {
        JsonNode preferIndonesian = assertProblem(
                http.get("/v1/regions/99.99", "Accept-Language", "en;q=0.5, id;q=0.9"), 404, "not-found");
        JsonNode unreadable = assertProblem(
                http.get("/v1/regions/99.99", "Accept-Language", ";;;q=x"), 404, "not-found");

        assertThat(preferIndonesian.path("title").asText()).isEqualTo("Tidak ditemukan");
        assertThat(unreadable.path("title").asText()).isEqualTo("Tidak ditemukan");
    }

    @Test
    @DisplayName("GEN-008: validation messages follow Accept-Language, their codes do not")
    void validationMessagesFollowAcceptLanguage() {
        JsonNode english = assertProblem(http.get("/v1/regions?page_size=0", "Accept-Language", "en"), 400,
                "validation-error");

        assertThat(english.path("title").asText()).isEqualTo("Input is not valid");
        assertThat(english.path("errors").get(0).path("message").asText())
                .isEqualTo("The value is out of the allowed range.");
        assertThat(english.path("errors").get(0).path("code").asText()).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    @DisplayName("GEN-006: a body field of the wrong type answers 400 validation-error pointing into the body")
    void bodyFieldOfWrongTypeAnswersValidationError() {
        HttpResponse<String> response = http.send(http.request("/test-probe/typed")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\": \"many\"}")).build());

        JsonNode body = assertProblem(response, 400, "validation-error");
        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/count");
        assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("INVALID_TYPE");
    }

    @Test
    @DisplayName("GEN-006: an unknown enum value in a body answers 400 validation-error, never 500")
    void unknownEnumInBodyAnswersValidationError() {
        HttpResponse<String> response = http.send(http.request("/test-probe/typed")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"DESA\"}")).build());

        JsonNode body = assertProblem(response, 400, "validation-error");
        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/kind");
        assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    @DisplayName("GEN-024: a body with properties the server does not know is accepted")
    void unknownBodyPropertiesAreIgnored() {
        HttpResponse<String> response = http.send(http.request("/test-probe/typed")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\": 2, \"added_in_v1_1\": true}")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Problems.json(response.body()).path("count").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("GEN-019: a secured route called without a token answers 401 unauthenticated with a Bearer challenge")
    void securedRouteWithoutTokenAnswersUnauthenticated() {
        HttpResponse<String> response = http.get("/test-probe/secret");

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.body()).doesNotContain("only with a token");
    }
}
