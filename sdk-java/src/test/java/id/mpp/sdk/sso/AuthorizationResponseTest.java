package id.mpp.sdk.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuthorizationResponseTest {

    private static final String ISSUER = "https://mpp.banyumaskab.go.id";
    private static final String CALLBACK = "https://layanan.banyumaskab.go.id/auth/callback";

    private final AuthorizationRequest request = AuthorizationRequest.builder()
            .authorizationEndpoint(URI.create(ISSUER + "/v1/sso/authorize"))
            .clientId("banyumas-layanan-web")
            .redirectUri(URI.create(CALLBACK))
            .build();

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private AuthorizationResponse response(String query) {
        return AuthorizationResponse.parse(URI.create(CALLBACK + "?" + query));
    }

    @Test
    void theCodeIsReturnedWhenStateAndIssuerMatch() {
        AuthorizationResponse response = response("code=ZIjvO8IfOk8p&state=" + request.state() + "&iss=" + encode(ISSUER));

        assertThat(response.verify(request, ISSUER, true)).isEqualTo("ZIjvO8IfOk8p");
    }

    @Test
    void aStateThatDiffersFromTheRequestsIsRefused() {
        AuthorizationResponse response = response("code=ZIjvO8IfOk8p&state=forged&iss=" + encode(ISSUER));

        assertThatThrownBy(() -> response.verify(request, ISSUER, true))
                .isInstanceOf(InvalidAuthorizationResponseException.class)
                .hasMessageContaining("state");
    }

    @Test
    void aMissingStateIsRefused() {
        AuthorizationResponse response = response("code=ZIjvO8IfOk8p&iss=" + encode(ISSUER));

        assertThatThrownBy(() -> response.verify(request, ISSUER, true))
                .isInstanceOf(InvalidAuthorizationResponseException.class);
    }

    @Test
    void anAnswerFromAnotherIssuerIsRefused() {
        AuthorizationResponse response = response("code=ZIjvO8IfOk8p&state=" + request.state()
                + "&iss=" + encode("https://attacker.example"));

        assertThatThrownBy(() -> response.verify(request, ISSUER, false))
                .isInstanceOf(InvalidAuthorizationResponseException.class)
                .hasMessageContaining("attacker.example");
    }

    @Test
    void anAnswerWithoutIssIsRefusedWhenTheProviderAlwaysSendsIt() {
        AuthorizationResponse response = response("code=ZIjvO8IfOk8p&state=" + request.state());

        assertThatThrownBy(() -> response.verify(request, ISSUER, true))
                .isInstanceOf(InvalidAuthorizationResponseException.class);
    }

    @Test
    void anAnswerWithoutIssIsAcceptedFromAProviderThatDoesNotAnnounceIt() {
        AuthorizationResponse response = response("code=ZIjvO8IfOk8p&state=" + request.state());

        assertThat(response.verify(request, ISSUER, false)).isEqualTo("ZIjvO8IfOk8p");
    }

    @Test
    void anErrorBecomesAnAuthorizationExceptionWithItsCodeAndDescription() {
        AuthorizationResponse response = response("error=access_denied&error_description=" + encode("Pengguna menolak.")
                + "&state=" + request.state() + "&iss=" + encode(ISSUER));

        assertThatThrownBy(() -> response.verify(request, ISSUER, true))
                .isInstanceOfSatisfying(AuthorizationException.class, e -> {
                    assertThat(e.error()).isEqualTo("access_denied");
                    assertThat(e.errorDescription()).isEqualTo("Pengguna menolak.");
                });
    }

    @Test
    void anErrorWithAForeignStateIsReportedAsForgedNotAsTheError() {
        AuthorizationResponse response = response("error=access_denied&state=forged&iss=" + encode(ISSUER));

        assertThatThrownBy(() -> response.verify(request, ISSUER, true))
                .isInstanceOf(InvalidAuthorizationResponseException.class);
    }

    @Test
    void aRepeatedParameterIsRefused() {
        assertThatThrownBy(() -> response("code=a&code=b&state=" + request.state()))
                .isInstanceOf(InvalidAuthorizationResponseException.class)
                .hasMessageContaining("code");
    }

    @Test
    void anAnswerWithNeitherCodeNorErrorIsRefused() {
        AuthorizationResponse response = response("state=" + request.state() + "&iss=" + encode(ISSUER));

        assertThatThrownBy(() -> response.verify(request, ISSUER, true))
                .isInstanceOf(InvalidAuthorizationResponseException.class);
    }
}
