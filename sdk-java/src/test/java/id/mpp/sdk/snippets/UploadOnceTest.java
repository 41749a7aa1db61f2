package id.mpp.sdk.snippets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.documents.ChecksumMismatchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's vault recipe against a fake vault that already holds the citizen's other documents. */
class UploadOnceTest {

    private static final byte[] KTP_SCAN = "%PDF-1.7\n% KTP-el Dewi Lestari Rahayu\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] AKTA = "%PDF-1.7\n% Kutipan Akta Kelahiran 3302-LT-23112026-0042\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    @TempDir
    Path folder;

    private MppClient client;
    private Path ktpScan;

    @BeforeEach
    void start() throws Exception {
        client = MppClient.builder().baseUrl(server.baseUrl()).credentials(Credentials.bearer("at-citizen")).build();
        ktpScan = Files.write(folder.resolve("ktp-el.pdf"), KTP_SCAN);
        // The vault already holds this scan: it answers 200 with the document it has.
        server.stubFor(post(urlPathEqualTo("/v1/documents")).willReturn(okJson(
                document("doc_01JD8Q3M5X4V2K7N9P0R6S1T8W", "KTP_EL", sha256(KTP_SCAN)))));
        server.stubFor(get(urlPathEqualTo("/v1/documents")).willReturn(okJson("{\"items\":["
                + document("doc_01JDDJ8FSSZ5AWSH8VHTPRE95B", "AKTA_KELAHIRAN", sha256(AKTA)) + ","
                + document("doc_01JDC0Z2W9N5V4T3S2R1Q0P9N8", "KTP_EL", sha256(new byte[] {1})) + ","
                + document("doc_01JD3E28JT97KB6CQ643DZVMXX", "KK", sha256(new byte[] {2})) + ","
                + document("doc_01JD2B7Y6X5W4V3T2S1R0Q9P8N", "PAS_FOTO", sha256(new byte[] {3})) + "]}")));
        server.stubFor(post(urlPathEqualTo("/v1/applications")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"")
                .withBody("{\"id\":\"app_01JDE4G6J8K0M2N4P6Q8R0S2T4\",\"tracking_number\":\"MPP-3302-2026-000523\","
                        + "\"status\":\"SUBMITTED\"}")));
        stubAktaContent(sha256(AKTA));
    }

    private void stubAktaContent(String etagSha256) {
        server.stubFor(get(urlPathEqualTo("/v1/documents/doc_01JDDJ8FSSZ5AWSH8VHTPRE95B/content")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/pdf")
                .withHeader("ETag", "\"" + etagSha256 + "\"").withBody(AKTA)));
    }

    private static String document(String id, String type, String sha256) {
        return "{\"id\":\"" + id + "\",\"owner\":\"usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2\",\"document_type\":\"" + type + "\","
                + "\"media_type\":\"application/pdf\",\"sha256\":\"" + sha256 + "\",\"status\":\"UPLOADED\","
                + "\"origin\":\"UPLOADED\",\"version\":1}";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theScanIsUploadedAsKtpElWithTheSha256OfItsBytes() {
        UploadOnce.applyForSkck(client, ktpScan, folder);

        server.verify(postRequestedFor(urlPathEqualTo("/v1/documents"))
                .withRequestBody(containing(sha256(KTP_SCAN)))
                .withRequestBody(containing("KTP_EL")));
    }

    @Test
    void theApplicationRefersToTheVaultDocumentsAndToTheScanTheVaultAlreadyHad() {
        UploadOnce.applyForSkck(client, ktpScan, folder);

        server.verify(postRequestedFor(urlPathEqualTo("/v1/applications"))
                .withHeader("Authorization", equalTo("Bearer at-citizen"))
                .withRequestBody(equalToJson("{\"service_id\":\"33-02-polresta-banyumas-skck\","
                        + "\"form\":{\"keperluan\":\"MELAMAR_PEKERJAAN\","
                        + "\"alamat_domisili\":\"Jl. Overste Isdiman No. 17, Purwokerto\"},\"documents\":["
                        + "{\"document_type\":\"KTP_EL\",\"document_id\":\"doc_01JD8Q3M5X4V2K7N9P0R6S1T8W\"},"
                        + "{\"document_type\":\"KK\",\"document_id\":\"doc_01JD3E28JT97KB6CQ643DZVMXX\"},"
                        + "{\"document_type\":\"AKTA_KELAHIRAN\",\"document_id\":\"doc_01JDDJ8FSSZ5AWSH8VHTPRE95B\"},"
                        + "{\"document_type\":\"PAS_FOTO\",\"document_id\":\"doc_01JD2B7Y6X5W4V3T2S1R0Q9P8N\"}]}")));
    }

    @Test
    void theAktaIsDownloadedIntoTheFolder() throws Exception {
        UploadOnce.applyForSkck(client, ktpScan, folder);

        assertThat(Files.readAllBytes(folder.resolve("akta.pdf"))).isEqualTo(AKTA);
    }

    @Test
    void anAktaWhoseBytesDoNotMatchTheVaultsSha256LeavesNoFile() {
        stubAktaContent(sha256("something else".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> UploadOnce.applyForSkck(client, ktpScan, folder))
                .isInstanceOf(ChecksumMismatchException.class);

        assertThat(folder.resolve("akta.pdf")).doesNotExist();
    }
}
