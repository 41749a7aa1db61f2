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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.NotFoundException;
import id.mpp.sdk.generated.model.Document;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The generated client, reached through {@code client.generated()}, goes through the SDK's transport. */
class GeneratedApisTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final MppClient client = TestClients.client(server, sleeper)
            .credentials(Credentials.bearer("token-g"))
            .build();

    @Test
    void aGeneratedCallCarriesTheTokenTheUserAgentAndARequestId() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v1/documents/doc_1"))
                .willReturn(okJson("{\"id\":\"doc_1\",\"document_type\":\"KTP_EL\"}")));

        Document document = client.generated().documentsApi().getDocument("doc_1", null, null);

        assertThat(document.getId()).isEqualTo("doc_1");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/documents/doc_1"))
                .withHeader("Authorization", equalTo("Bearer token-g"))
                .withHeader("User-Agent", equalTo(client.userAgent()))
                .withHeader("Accept-Language", equalTo("id"))
                .withHeader("X-Request-Id", matching(".+")));
    }

    @Test
    void aGeneratedCallIsRetriedAndItsErrorThrownAsTheSdksException() {
        server.stubFor(get(urlPathEqualTo("/v1/documents/doc_1")).inScenario("s")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("gone"));
        server.stubFor(get(urlPathEqualTo("/v1/documents/doc_1")).inScenario("s").whenScenarioStateIs("gone")
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://mpp-digital.go.id/problems/not-found\",\"title\":\"Tidak ada\","
                                + "\"status\":404}")));

        assertThatThrownBy(() -> client.generated().documentsApi().getDocument("doc_1", null, null))
                .isInstanceOf(NotFoundException.class);
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/documents/doc_1")));
    }

    @Test
    void aMultipartUploadThroughTheGeneratedClientIsSentOnce(@TempDir Path dir) throws IOException {
        File file = Files.writeString(dir.resolve("ktp.pdf"), "%PDF-1.7 KTP").toFile();
        server.stubFor(post(urlPathEqualTo("/v1/documents")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.generated().documentsApi()
                .uploadDocument("KTP_EL", "0".repeat(64), file, null, null, null, "KTP-el"))
                .isInstanceOfSatisfying(MppApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        server.verify(1, postRequestedFor(urlPathEqualTo("/v1/documents")));
        assertThat(sleeper.waits()).isEmpty();
    }
}
