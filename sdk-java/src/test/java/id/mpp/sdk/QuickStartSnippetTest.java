package id.mpp.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's quick start ({@link QuickStart}) runs against WireMock; {@code id.mpp.sdk.snippets.ReadmeSnippetsTest}
 * holds the README's copy to the compiled one.
 */
class QuickStartSnippetTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    @Test
    void theQuickStartListsServicesSubmitsAndHandlesARefusedCancellation() {
        server.stubFor(get(urlPathEqualTo("/v1/services")).willReturn(okJson(
                "{\"items\":[{\"id\":\"33-02-disdukcapil-akta-kelahiran\",\"name\":\"Akta Kelahiran\"}]}")));
        server.stubFor(post(urlPathEqualTo("/v1/applications")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"")
                .withBody("{\"id\":\"app_1\",\"tracking_number\":\"MPP-3302-2026-000417\",\"status\":\"SUBMITTED\"}")));
        server.stubFor(post(urlPathEqualTo("/v1/applications/app_1/cancellation")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://mpp-digital.go.id/problems/invalid-transition\","
                        + "\"title\":\"Tidak boleh\",\"status\":409,\"allowed_actions\":[]}")));

        QuickStart.run(server.baseUrl(), "token-q");

        server.verify(getRequestedFor(urlPathEqualTo("/v1/services"))
                .withQueryParam("region_code", equalTo("33.02"))
                .withHeader("Authorization", equalTo("Bearer token-q")));
        server.verify(postRequestedFor(urlPathEqualTo("/v1/applications"))
                .withHeader("Idempotency-Key", matching(".+")));
        server.verify(postRequestedFor(urlPathEqualTo("/v1/applications/app_1/cancellation"))
                .withHeader("If-Match", equalTo("\"1\"")));
    }
}
