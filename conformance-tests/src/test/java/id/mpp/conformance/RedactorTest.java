package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.http.CurlCommand;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.Redactor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor(List.of("configured-secret-123"));

    @Test
    void credentialHeadersKeepTheirSchemeOnly() {
        Exchange e = redactor.redact(exchange(Map.of("Authorization", List.of("Bearer eyJhbGciOi.abc.def")), null, "{}"));

        assertThat(e.requestHeaders().get("Authorization")).containsExactly("Bearer [REDACTED]");
    }

    @Test
    void tokensAndPasswordsInBodiesAreMasked() {
        Exchange e = redactor.redact(exchange(Map.of(),
                "grant_type=authorization_code&code=abc&code_verifier=xyz&client_secret=configured-secret-123",
                "{\"access_token\":\"eyJ.a.b\",\"refresh_token\":\"r1\",\"token_type\":\"Bearer\",\"password\":\"p\"}"));

        assertThat(e.requestBody()).isEqualTo(
                "grant_type=authorization_code&code=[REDACTED]&code_verifier=[REDACTED]&client_secret=[REDACTED]");
        assertThat(e.responseBody()).doesNotContain("eyJ.a.b", "r1", "\"p\"").contains("\"token_type\":\"Bearer\"");
    }

    @Test
    void anAuthorizationCodeInARedirectIsMaskedButAFieldErrorCodeIsKept() {
        Exchange e = redactor.redact(new Exchange("GET", "http://localhost/v1/sso/authorize?client_id=a", Map.of(), null,
                302, Map.of("location", List.of("http://127.0.0.1/cb?code=abc123&state=s1")),
                "{\"errors\":[{\"pointer\":\"#/nik\",\"code\":\"INVALID_FORMAT\"}]}", 1, List.of()));

        assertThat(e.responseHeaders().get("location")).containsExactly("http://127.0.0.1/cb?code=[REDACTED]&state=s1");
        assertThat(e.responseBody()).contains("\"code\":\"INVALID_FORMAT\"");
    }

    @Test
    void configuredSecretsAreMaskedAnywhere() {
        Exchange e = redactor.redact(exchange(Map.of("X-Debug", List.of("configured-secret-123")), null,
                "echo configured-secret-123"));

        assertThat(CurlCommand.of(e) + e.responseBody()).doesNotContain("configured-secret-123");
    }

    @Test
    void theCurlLineRepeatsTheRequest() {
        Exchange e = exchange(Map.of("Content-Type", List.of("application/json")), "{\"a\":\"it's\"}", "");

        assertThat(CurlCommand.of(e)).isEqualTo("curl -i -X POST 'http://localhost/v1/accounts' "
                + "-H 'Content-Type: application/json' --data-binary '{\"a\":\"it'\\''s\"}'");
    }

    private static Exchange exchange(Map<String, List<String>> headers, String requestBody, String responseBody) {
        return new Exchange("POST", "http://localhost/v1/accounts", headers, requestBody, 400,
                Map.of("set-cookie", List.of("session=abc")), responseBody, 1, List.of());
    }
}
