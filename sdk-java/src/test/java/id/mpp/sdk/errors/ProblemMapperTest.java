package id.mpp.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemMapperTest {

    private static final Map<Integer, Class<? extends MppApiException>> CLASS_BY_STATUS = Map.of(
            400, ValidationException.class,
            401, UnauthenticatedException.class,
            403, ForbiddenException.class,
            404, NotFoundException.class,
            409, ConflictException.class,
            412, PreconditionFailedException.class,
            422, ValidationException.class,
            428, PreconditionFailedException.class,
            429, RateLimitedException.class);

    private final ProblemMapper mapper = new ProblemMapper(new ObjectMapper(),
            Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC));

    /** The problem catalogue of the bundled contract ({@code x-mpp-problem-types}), as (status, type). */
    static Stream<Object[]> catalogue() throws IOException {
        try (InputStream contract = ProblemMapperTest.class.getResourceAsStream("/mpp-digital-v1.yaml")) {
            assertThat(contract).as("the bundled contract on the test class path").isNotNull();
            List<Object[]> entries = new ArrayList<>();
            for (JsonNode entry : new YAMLMapper().readTree(contract).path("x-mpp-problem-types")) {
                entries.add(new Object[] {entry.path("status").asInt(), entry.path("type").asText()});
            }
            assertThat(entries).hasSizeGreaterThan(20);
            return entries.stream();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("catalogue")
    void everyProblemTypeOfTheContractIsThrownAsTheExceptionForItsStatus(int status, String type) {
        MppApiException e = mapper.map(status, headers(Map.of()), problem(status, type).getBytes());

        Class<? extends MppApiException> expected = type.contains("/oauth-") && status == 400
                ? MppApiException.class : CLASS_BY_STATUS.getOrDefault(status, MppApiException.class);
        assertThat(e).isExactlyInstanceOf(expected);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalogue")
    void everyProblemTypeOfTheContractIsNamedInProblemTypes(int status, String type) throws IllegalAccessException {
        List<String> named = new ArrayList<>();
        for (Field field : ProblemTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                named.add((String) field.get(null));
            }
        }
        assertThat(named).contains(type);
    }

    @Test
    void aValidationProblemCarriesEveryMember() {
        String body = "{\"type\":\"https://mpp-digital.go.id/problems/validation-error\","
                + "\"title\":\"Masukan tidak valid\",\"status\":400,"
                + "\"detail\":\"Dua masukan tidak valid.\",\"instance\":\"/v1/accounts\","
                + "\"request_id\":\"7f3c9a2e\",\"errors\":["
                + "{\"pointer\":\"#/nik\",\"code\":\"INVALID_FORMAT\",\"message\":\"NIK harus 16 digit.\"},"
                + "{\"pointer\":\"#/email\",\"code\":\"REQUIRED\",\"message\":\"E-mail wajib diisi.\"}]}";

        MppApiException e = mapper.map(400, headers(Map.of("X-Request-Id", "from-header")), body.getBytes());

        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.title()).contains("Masukan tidak valid");
        assertThat(e.detail()).contains("Dua masukan tidak valid.");
        assertThat(e.problem().instance()).contains("/v1/accounts");
        assertThat(e.requestId()).contains("7f3c9a2e");
        assertThat(e.rawBody()).isEqualTo(body);
        assertThat(e.fieldErrors()).containsExactly(
                new FieldError("#/nik", "INVALID_FORMAT", "NIK harus 16 digit."),
                new FieldError("#/email", "REQUIRED", "E-mail wajib diisi."));
        assertThat(e.getMessage()).isEqualTo("400 validation-error: Dua masukan tidak valid. "
                + "[#/nik INVALID_FORMAT: NIK harus 16 digit.; #/email REQUIRED: E-mail wajib diisi.] "
                + "(request 7f3c9a2e)");
    }

    @Test
    void theMessageStandsAloneInALogLine() {
        String body = "{\"type\":\"https://mpp-digital.go.id/problems/not-found\",\"title\":\"Tidak ditemukan\","
                + "\"status\":404,\"detail\":\"Dokumen doc_01JD8Q3M tidak ditemukan.\"}";

        MppApiException e = mapper.map(404, headers(Map.of("X-Request-Id", "7f3c9a2e-5b1d")), body.getBytes());

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.getMessage())
                .isEqualTo("404 not-found: Dokumen doc_01JD8Q3M tidak ditemukan. (request 7f3c9a2e-5b1d)");
    }

    @Test
    void anInvalidTransitionCarriesTheActionsStillAllowed() {
        String body = "{\"type\":\"https://mpp-digital.go.id/problems/invalid-transition\",\"title\":\"Tidak boleh\","
                + "\"status\":409,\"allowed_actions\":[\"CANCEL\",\"REVISE\"]}";

        MppApiException e = mapper.map(409, headers(Map.of()), body.getBytes());

        assertThat(e).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.allowedActions()).containsExactly("CANCEL", "REVISE"));
        assertThat(e.hasType(ProblemTypes.INVALID_TRANSITION)).isTrue();
    }

    @Test
    void anInsufficientAssuranceCarriesTheRequiredLevel() {
        String body = "{\"type\":\"https://mpp-digital.go.id/problems/insufficient-assurance\",\"title\":\"Perlu NIK\","
                + "\"status\":403,\"required_acr\":\"urn:mpp:acr:nik\"}";

        MppApiException e = mapper.map(403, headers(Map.of()), body.getBytes());

        assertThat(e).isInstanceOfSatisfying(ForbiddenException.class, forbidden -> {
            assertThat(forbidden.isInsufficientAssurance()).isTrue();
            assertThat(forbidden.isInsufficientScope()).isFalse();
            assertThat(forbidden.requiredAcr()).contains("urn:mpp:acr:nik");
        });
    }

    @Test
    void aRateLimitCarriesItsRetryAfter() {
        MppApiException e = mapper.map(429, headers(Map.of("Retry-After", "17")),
                problem(429, ProblemTypes.RATE_LIMITED).getBytes());

        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
    }

    @Test
    void aMissingIfMatchIsToldApartFromAStaleOne() {
        MppApiException required = mapper.map(428, headers(Map.of()), problem(428, ProblemTypes.PRECONDITION_REQUIRED)
                .getBytes());
        MppApiException stale = mapper.map(412, headers(Map.of()), problem(412, ProblemTypes.PRECONDITION_FAILED)
                .getBytes());

        assertThat(((PreconditionFailedException) required).isPreconditionRequired()).isTrue();
        assertThat(((PreconditionFailedException) stale).isPreconditionRequired()).isFalse();
    }

    @Test
    void aBodyThatIsNotAProblemStillGivesTheStatusTheBodyAndTheRequestId() {
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";

        MppApiException e = mapper.map(502, headers(Map.of("X-Request-Id", "gw-1")), html.getBytes());

        assertThat(e).isExactlyInstanceOf(MppApiException.class);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.type()).isEqualTo(ProblemTypes.ABOUT_BLANK);
        assertThat(e.rawBody()).isEqualTo(html);
        assertThat(e.requestId()).contains("gw-1");
        assertThat(e.getMessage()).isEqualTo("502: <html><body><h1>502 Bad Gateway</h1></body></html> (request gw-1)");
    }

    @Test
    void anEmptyErrorFallsBackToTheRequestIdThatWasSent() {
        MppApiException e = mapper.map(404, headers(Map.of()), "", "sent-9");

        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.requestId()).contains("sent-9");
        assertThat(e.getMessage()).isEqualTo("404 (request sent-9)");
    }

    private static String problem(int status, String type) {
        return "{\"type\":\"" + type + "\",\"title\":\"t\",\"status\":" + status + "}";
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> map = new HashMap<>();
        values.forEach((name, value) -> map.put(name, List.of(value)));
        return HttpHeaders.of(map, (name, value) -> true);
    }
}
