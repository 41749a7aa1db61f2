package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.http.ContractValidator;
import id.mpp.conformance.http.Exchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    private static final String REGION = "{\"code\":\"34.71\",\"kind\":\"KOTA\",\"name\":\"Kota Yogyakarta\","
            + "\"province_code\":\"34\",\"province_name\":\"DI Yogyakarta\",\"time_zone\":\"Asia/Jakarta\","
            + "\"code_edition\":\"Kepmendagri 2025\"}";

    private final ContractValidator validator = ContractValidator.bundled();

    @Test
    void aConformingResponseUnderABasePathHasNoViolation() {
        assertThat(validator.violations(region(REGION), "/mpp")).isEmpty();
    }

    @Test
    void aBodyAgainstTheSchemaIsAViolationEvenUnderABasePath() {
        String numeric = REGION.replace("\"code\":\"34.71\"", "\"code\":34.71");

        assertThat(validator.violations(region(numeric), "/mpp")).anySatisfy(v -> assertThat(v).startsWith("contract:"));
    }

    @Test
    void anUndocumentedStatusIsAViolation() {
        Exchange teapot = new Exchange("GET", "http://h/v1/regions/34.71", Map.of(), null, 418,
                Map.of("x-request-id", List.of("r1"), "content-type", List.of("application/problem+json")),
                "{\"type\":\"https://mpp-digital.go.id/problems/not-found\",\"title\":\"t\",\"status\":418}", 1, List.of());

        assertThat(validator.violations(teapot, "")).isNotEmpty();
    }

    @Test
    void anErrorOutsideTheContractMustStillBeAProblemWithARequestId() {
        Exchange html = new Exchange("GET", "http://h/v1/nowhere", Map.of(), null, 404,
                Map.of("content-type", List.of("text/html")), "<html></html>", 1, List.of());

        assertThat(validator.violations(html, "")).hasSize(2);
    }

    private static Exchange region(String body) {
        return new Exchange("GET", "http://h/mpp/v1/regions/34.71", Map.of(), null, 200,
                Map.of("x-request-id", List.of("r1"), "content-type", List.of("application/json")), body, 1, List.of());
    }
}
