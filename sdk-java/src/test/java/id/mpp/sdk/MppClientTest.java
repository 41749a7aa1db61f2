package id.mpp.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.auth.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MppClientTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    @Test
    void aClientNeedsABaseUrl() {
        assertThatThrownBy(() -> MppClient.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl");
    }

    @Test
    void aBaseUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> MppClient.builder().baseUrl("mpp.banyumaskab.go.id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MppClient.builder().baseUrl("ftp://mpp.banyumaskab.go.id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrailingSlashOfTheBaseUrlIsIgnored() {
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(okJson("{\"id\":\"s1\"}")));
        MppClient client = TestClients.client(server, new RecordingSleeper()).baseUrl(server.baseUrl() + "/").build();

        assertThat(client.baseUrl().toString()).isEqualTo(server.baseUrl());
        assertThat(client.services().get("s1").getId()).isEqualTo("s1");
    }

    @Test
    void aCopyFromToBuilderKeepsTheSettingsItDoesNotChange() {
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(okJson("{\"id\":\"s1\"}")));
        MppClient original = TestClients.client(server, new RecordingSleeper())
                .credentials(Credentials.bearer("token-1")).acceptLanguage("en").build();

        MppClient copy = original.toBuilder().credentials(Credentials.bearer("token-2")).build();
        copy.services().get("s1");
        original.services().get("s1");

        server.verify(getRequestedFor(urlPathEqualTo("/v1/services/s1"))
                .withHeader("Authorization", equalTo("Bearer token-2"))
                .withHeader("Accept-Language", equalTo("en")));
        server.verify(getRequestedFor(urlPathEqualTo("/v1/services/s1"))
                .withHeader("Authorization", equalTo("Bearer token-1")));
    }

    @Test
    void theVaultGoesThroughTheClientsTransport() {
        server.stubFor(get(urlPathEqualTo("/v1/documents/doc_1"))
                .willReturn(okJson("{\"id\":\"doc_1\",\"document_type\":\"KTP_EL\"}")));
        MppClient client = TestClients.client(server, new RecordingSleeper())
                .credentials(Credentials.bearer("token-v")).build();

        assertThat(client.documents().get("doc_1").getId()).isEqualTo("doc_1");

        server.verify(getRequestedFor(urlPathEqualTo("/v1/documents/doc_1"))
                .withHeader("Authorization", equalTo("Bearer token-v"))
                .withHeader("User-Agent", equalTo(client.userAgent())));
    }

    @Test
    void aClientFindsItsBaseUrlThroughTheDiscoveryDocument() {
        server.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson(discovery(server.baseUrl()))));
        server.stubFor(get(urlPathEqualTo("/v1/services/s1")).willReturn(okJson("{\"id\":\"s1\"}")));

        MppClient client = MppClient.builder()
                .discoveryUrl(server.baseUrl() + "/.well-known/openid-configuration")
                .sleeper(new RecordingSleeper())
                .build();

        assertThat(client.baseUrl().toString()).isEqualTo(server.baseUrl());
        assertThat(client.services().get("s1").getId()).isEqualTo("s1");
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefused() {
        server.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration"))
                .willReturn(okJson(discovery("https://attacker.example"))));

        assertThatThrownBy(() -> MppClient.builder()
                .discoveryUrl(server.baseUrl() + "/.well-known/openid-configuration").build())
                .isInstanceOf(id.mpp.sdk.errors.MppException.class)
                .hasMessageContaining("https://attacker.example");
    }

    @Test
    void aDiscoveryUrlMustEndWithTheWellKnownPath() {
        assertThatThrownBy(() -> MppClient.builder().discoveryUrl("https://mpp.banyumaskab.go.id/v1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String discovery(String issuer) {
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/v1/sso/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/v1/sso/token\",\"jwks_uri\":\"" + issuer + "/v1/sso/jwks\","
                + "\"userinfo_endpoint\":\"" + issuer + "/v1/sso/userinfo\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }
}
