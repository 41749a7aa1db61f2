package id.mpp.sdk.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.errors.ProblemTypes;
import id.mpp.sdk.generated.model.DocumentStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentsUploadTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .build();

    @TempDir
    Path directory;

    private Path spool;
    private Documents documents;

    @BeforeEach
    void setUp() throws IOException {
        spool = Files.createDirectories(directory.resolve("spool"));
        documents = new Documents(TestTransports.forServer(server.baseUrl()), spool);
    }

    @Test
    void theUploadSendsTypeChecksumTitleAndFileAsPartsInTheContractsOrder() throws IOException {
        Path file = write("KTP Dewi.pdf", Fixtures.PDF);
        String sha256 = Fixtures.sha256(Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withMultipartRequestBody(aMultipart().withName("document_type").withBody(equalTo("KTP_EL")))
                .withMultipartRequestBody(aMultipart().withName("sha256").withBody(equalTo(sha256)))
                .withMultipartRequestBody(aMultipart().withName("title").withBody(equalTo("KTP-el Dewi Lestari Rahayu")))
                .withMultipartRequestBody(aMultipart().withName("file")
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withHeader("Content-Disposition", containing("filename=\"KTP Dewi.pdf\""))
                        .withBody(binaryEqualTo(Fixtures.PDF)))
                .willReturn(created(sha256)));

        UploadResult result = documents.upload(r -> r.documentType("KTP_EL").title("KTP-el Dewi Lestari Rahayu"), file);

        assertThat(result.document().getSha256()).isEqualTo(sha256);
        assertThat(partNames(onlyUpload())).containsExactly("document_type", "sha256", "title", "file");
    }

    @Test
    void withoutATitleTheFileStillFollowsTypeAndChecksum() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PDF))));

        documents.upload(r -> r.documentType("KTP_EL"), file);

        assertThat(partNames(onlyUpload())).containsExactly("document_type", "sha256", "file");
    }

    @Test
    void theBodyIsSentWithItsExactContentLengthRatherThanChunked() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PDF))));

        documents.upload(r -> r.documentType("KTP_EL"), file);

        LoggedRequest request = onlyUpload();
        assertThat(request.getHeader("Content-Length")).isEqualTo(Integer.toString(request.getBody().length));
        assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
    }

    @Test
    void aNewDocumentIsReportedAsNotAlreadyStored() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PDF))));

        UploadResult result = documents.upload(r -> r.documentType("KTP_EL"), file);

        assertThat(result.alreadyStored()).isFalse();
        assertThat(result.document().getStatus()).isEqualTo(DocumentStatus.UPLOADED);
    }

    @Test
    void aDocumentTheVaultAlreadyHeldIsReportedAsAlreadyStored() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"2\"")
                .withBody(Fixtures.documentJson(Fixtures.sha256(Fixtures.PDF), "VERIFIED", 2))));

        UploadResult result = documents.upload(r -> r.documentType("KTP_EL"), file);

        assertThat(result.alreadyStored()).isTrue();
        assertThat(result.document().getId()).isEqualTo(Fixtures.DOCUMENT_ID);
        assertThat(result.document().getStatus()).isEqualTo(DocumentStatus.VERIFIED);
    }

    @Test
    void aStreamIsSpooledWhileHashedAndTheSpoolFileIsDeletedAfterwards() throws IOException {
        String sha256 = Fixtures.sha256(Fixtures.PNG);
        server.stubFor(post(urlEqualTo("/v1/documents"))
                .withMultipartRequestBody(aMultipart().withName("sha256").withBody(equalTo(sha256)))
                .withMultipartRequestBody(aMultipart().withName("file").withBody(binaryEqualTo(Fixtures.PNG)))
                .willReturn(created(sha256)));

        UploadResult result = documents.upload(r -> r.documentType("PAS_FOTO"), new ByteArrayInputStream(Fixtures.PNG));

        assertThat(result.document().getSha256()).isEqualTo(sha256);
        assertThat(partNames(onlyUpload())).containsExactly("document_type", "sha256", "file");
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theSpoolFileIsDeletedAlsoWhenTheServerRefusesTheUpload() throws IOException {
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(aResponse().withStatus(413)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://mpp-digital.go.id/problems/payload-too-large\",\"title\":\"Ukuran terlalu"
                        + " besar\",\"status\":413,\"max_bytes\":2097152}")));

        assertThatThrownBy(() -> documents.upload(r -> r.documentType("PAS_FOTO"), new ByteArrayInputStream(Fixtures.PNG)))
                .isInstanceOf(MppException.class);
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aStreamWithoutAFileNameIsSentUnderTheTypesNameAndTheExtensionOfItsMediaType() {
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PNG))));

        documents.upload(r -> r.documentType("PAS_FOTO"), new ByteArrayInputStream(Fixtures.PNG));

        assertThat(filePart(onlyUpload()).headers)
                .contains("filename=\"pas_foto.png\"")
                .contains("Content-Type: image/png");
    }

    @Test
    void theMediaTypeIsTakenFromTheLeadingBytesBeforeTheFileNamesExtension() throws IOException {
        Path file = write("foto.jpg", Fixtures.PNG);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PNG))));

        documents.upload(r -> r.documentType("PAS_FOTO"), file);

        assertThat(filePart(onlyUpload()).headers).contains("Content-Type: image/png");
    }

    @Test
    void theFileNamesExtensionNamesTheMediaTypeWhenTheBytesShowNone() throws IOException {
        byte[] unknown = "plain text, no magic number".getBytes(StandardCharsets.US_ASCII);
        Path file = write("scan.JPEG", unknown);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(unknown))));

        documents.upload(r -> r.documentType("PAS_FOTO"), file);

        assertThat(filePart(onlyUpload()).headers).contains("Content-Type: image/jpeg");
    }

    @Test
    void withNeitherMagicNumberNorKnownExtensionTheFileIsDeclaredAsOctetStream() {
        byte[] unknown = "plain text, no magic number".getBytes(StandardCharsets.US_ASCII);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(unknown))));

        documents.upload(r -> r.documentType("PAS_FOTO").fileName("scan"), new ByteArrayInputStream(unknown));

        assertThat(filePart(onlyUpload()).headers).contains("Content-Type: application/octet-stream");
    }

    @Test
    void theCallersMediaTypeAndFileNameWin() throws IOException {
        Path file = write("whatever.bin", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PDF))));

        documents.upload(r -> r.documentType("KTP_EL").mediaType("image/png").fileName("Scan \"KTP\".png"), file);

        assertThat(filePart(onlyUpload()).headers)
                .contains("Content-Type: image/png")
                .contains("filename=\"Scan %22KTP%22.png\"");
    }

    @Test
    void aMediaTypeThatCouldBreakTheHeaderIsRejectedBeforeSending() {
        assertThatThrownBy(() -> UploadDocumentRequest.builder().mediaType("application/pdf\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestWithoutDocumentTypeCannotBeBuilt() {
        assertThatThrownBy(() -> UploadDocumentRequest.builder().title("x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("documentType");
    }

    @Test
    void aNonAsciiTitleIsSentAsUtf8Text() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PDF))));

        documents.upload(r -> r.documentType("KTP_EL").title("KTP-el Dewi – salinan"), file);

        MultipartParts.Part title = MultipartParts.parse(onlyUpload().getHeader("Content-Type"), onlyUpload().getBody())
                .get(2);
        assertThat(title.headers).contains("charset=UTF-8");
        assertThat(new String(title.body, StandardCharsets.UTF_8)).isEqualTo("KTP-el Dewi – salinan");
    }

    @Test
    void anAnswerWhoseChecksumDiffersFromTheUploadedBytesIsRefused() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(created(Fixtures.sha256(Fixtures.PNG))));

        assertThatThrownBy(() -> documents.upload(r -> r.documentType("KTP_EL"), file))
                .isInstanceOfSatisfying(ChecksumMismatchException.class,
                        e -> assertThat(e.actualSha256()).isEqualTo(Fixtures.sha256(Fixtures.PDF)));
    }

    @Test
    void aRetriedUploadSendsTheWholeBodyAgainUnderTheSameIdempotencyKey() throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        stubUnavailableOnce(Fixtures.sha256(Fixtures.PDF));
        List<Duration> waits = new ArrayList<>();
        Documents retrying = new Documents(TestTransports.forServer(server.baseUrl(), waits::add), spool);

        UploadResult result = retrying.upload(r -> r.documentType("KTP_EL"), file);

        assertThat(result.alreadyStored()).isFalse();
        assertThat(waits).hasSize(1);
        assertBothAttemptsCarriedTheWholeBodyUnderOneKey(Fixtures.PDF);
    }

    @Test
    void aRetriedStreamUploadIsSentAgainFromItsSpoolFile() throws IOException {
        stubUnavailableOnce(Fixtures.sha256(Fixtures.PNG));
        Documents retrying = new Documents(TestTransports.forServer(server.baseUrl()), spool);

        retrying.upload(r -> r.documentType("PAS_FOTO"), new ByteArrayInputStream(Fixtures.PNG));

        assertBothAttemptsCarriedTheWholeBodyUnderOneKey(Fixtures.PNG);
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "422, checksum-mismatch",
        "422, content-type-mismatch",
        "413, payload-too-large",
        "415, unsupported-media-type"
    })
    void aRefusedUploadSurfacesTheProblemTypeOfTheContract(int status, String type) throws IOException {
        Path file = write("ktp.pdf", Fixtures.PDF);
        server.stubFor(post(urlEqualTo("/v1/documents")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"" + ProblemTypes.PREFIX + type + "\",\"title\":\"Ditolak\",\"status\":" + status
                        + ",\"detail\":\"Berkas tidak disimpan.\"}")));

        assertThatThrownBy(() -> documents.upload(r -> r.documentType("KTP_EL"), file))
                .isInstanceOfSatisfying(MppApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.hasType(ProblemTypes.PREFIX + type)).isTrue();
                });
    }

    private static void stubUnavailableOnce(String sha256) {
        server.stubFor(post(urlEqualTo("/v1/documents")).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"" + ProblemTypes.SERVICE_UNAVAILABLE + "\",\"title\":\"Tidak tersedia\","
                                + "\"status\":503}"))
                .willSetStateTo("available"));
        server.stubFor(post(urlEqualTo("/v1/documents")).inScenario("retry").whenScenarioStateIs("available")
                .willReturn(created(sha256)));
    }

    private static void assertBothAttemptsCarriedTheWholeBodyUnderOneKey(byte[] content) {
        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo("/v1/documents")));
        assertThat(attempts).hasSize(2);
        for (LoggedRequest attempt : attempts) {
            List<MultipartParts.Part> parts = MultipartParts.parse(attempt.getHeader("Content-Type"), attempt.getBody());
            assertThat(parts).extracting(MultipartParts.Part::name).containsExactly("document_type", "sha256", "file");
            assertThat(new String(parts.get(1).body, StandardCharsets.US_ASCII)).isEqualTo(Fixtures.sha256(content));
            assertThat(parts.get(2).body).isEqualTo(content);
        }
        assertThat(attempts.get(0).getHeader("Idempotency-Key")).isNotBlank()
                .isEqualTo(attempts.get(1).getHeader("Idempotency-Key"));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(directory.resolve(name), content);
    }

    private static LoggedRequest onlyUpload() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/documents")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static List<String> partNames(LoggedRequest request) {
        return MultipartParts.parse(request.getHeader("Content-Type"), request.getBody()).stream()
                .map(MultipartParts.Part::name).collect(Collectors.toList());
    }

    private static MultipartParts.Part filePart(LoggedRequest request) {
        List<MultipartParts.Part> parts = MultipartParts.parse(request.getHeader("Content-Type"), request.getBody());
        return parts.get(parts.size() - 1);
    }

    private static ResponseDefinitionBuilder created(String sha256) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"")
                .withHeader("Location", "/v1/documents/" + Fixtures.DOCUMENT_ID)
                .withBody(Fixtures.documentJson(sha256, "UPLOADED", 1));
    }
}
