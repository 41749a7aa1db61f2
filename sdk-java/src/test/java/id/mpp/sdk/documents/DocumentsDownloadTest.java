package id.mpp.sdk.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.errors.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DocumentsDownloadTest {

    private static final String CONTENT_URL = "/v1/documents/" + Fixtures.DOCUMENT_ID + "/content";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .build();

    @TempDir
    Path directory;

    private Documents documents;

    @BeforeEach
    void setUp() {
        documents = new Documents(TestTransports.forServer(server.baseUrl()));
    }

    @Test
    void aDownloadToAPathWritesTheBytesWhoseChecksumMatchesTheETag() throws IOException {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PDF, Fixtures.sha256(Fixtures.PDF))));
        Path target = directory.resolve("ktp.pdf");

        DownloadResult result = documents.download(Fixtures.DOCUMENT_ID, target);

        assertThat(target).hasBinaryContent(Fixtures.PDF);
        assertThat(result.sha256()).isEqualTo(Fixtures.sha256(Fixtures.PDF));
        assertThat(result.sizeBytes()).isEqualTo(Fixtures.PDF.length);
        assertThat(directoryEntries()).containsExactly(target);
    }

    @Test
    void aTamperedBodyRaisesChecksumMismatchAndLeavesNoFile() throws IOException {
        byte[] tampered = Arrays.copyOf(Fixtures.PDF, Fixtures.PDF.length);
        tampered[tampered.length - 2] ^= 0x01;
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(tampered, Fixtures.sha256(Fixtures.PDF))));
        Path target = directory.resolve("ktp.pdf");

        assertThatThrownBy(() -> documents.download(Fixtures.DOCUMENT_ID, target))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.expectedSha256()).isEqualTo(Fixtures.sha256(Fixtures.PDF));
                    assertThat(e.actualSha256()).isEqualTo(Fixtures.sha256(tampered));
                    assertThat(e.documentId()).isEqualTo(Fixtures.DOCUMENT_ID);
                });
        assertThat(directoryEntries()).isEmpty();
    }

    @Test
    void aTamperedBodyLeavesAnExistingFileUntouched() throws IOException {
        byte[] earlier = "an earlier, good copy".getBytes(StandardCharsets.US_ASCII);
        Path target = Files.write(directory.resolve("ktp.pdf"), earlier);
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PNG, Fixtures.sha256(Fixtures.PDF))));

        assertThatThrownBy(() -> documents.download(Fixtures.DOCUMENT_ID, target))
                .isInstanceOf(ChecksumMismatchException.class);
        assertThat(target).hasBinaryContent(earlier);
        assertThat(directoryEntries()).containsExactly(target);
    }

    @Test
    void aVerifiedDownloadReplacesAnExistingFile() throws IOException {
        Path target = Files.write(directory.resolve("ktp.pdf"), new byte[] {1, 2, 3});
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PDF, Fixtures.sha256(Fixtures.PDF))));

        documents.download(Fixtures.DOCUMENT_ID, target);

        assertThat(target).hasBinaryContent(Fixtures.PDF);
    }

    @Test
    void aFailedRequestLeavesNoFile() throws IOException {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://mpp-digital.go.id/problems/not-found\",\"title\":\"Tidak ditemukan\","
                        + "\"status\":404}")));

        assertThatThrownBy(() -> documents.download(Fixtures.DOCUMENT_ID, directory.resolve("ktp.pdf")))
                .isInstanceOf(NotFoundException.class);
        assertThat(directoryEntries()).isEmpty();
    }

    @Test
    void aConnectionThatBreaksOffDuringTheContentRaisesATransportFailureAndLeavesNoFile() throws IOException {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "\"" + Fixtures.sha256(Fixtures.PDF) + "\"")
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertThatThrownBy(() -> documents.download(Fixtures.DOCUMENT_ID, directory.resolve("ktp.pdf")))
                .isInstanceOf(MppTransportException.class)
                .hasMessageContaining("broke off");
        assertThat(directoryEntries()).isEmpty();
    }

    @Test
    void aDownloadedFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PDF, Fixtures.sha256(Fixtures.PDF))));
        Path target = directory.resolve("ktp.pdf");

        documents.download(Fixtures.DOCUMENT_ID, target);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aDownloadToAStreamWritesTheVerifiedBytes() {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PDF, Fixtures.sha256(Fixtures.PDF))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadResult result = documents.download(Fixtures.DOCUMENT_ID, out);

        assertThat(out.toByteArray()).isEqualTo(Fixtures.PDF);
        assertThat(result.sha256()).isEqualTo(Fixtures.sha256(Fixtures.PDF));
    }

    @Test
    void aTamperedBodyToAStreamRaisesChecksumMismatch() {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PNG, Fixtures.sha256(Fixtures.PDF))));

        assertThatThrownBy(() -> documents.download(Fixtures.DOCUMENT_ID, new ByteArrayOutputStream()))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining(Fixtures.DOCUMENT_ID)
                .hasMessageContaining(Fixtures.sha256(Fixtures.PDF));
    }

    @Test
    void withoutAContentETagTheChecksumIsCheckedAgainstTheMetadata() {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(Fixtures.PDF)));
        server.stubFor(get(urlEqualTo("/v1/documents/" + Fixtures.DOCUMENT_ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"")
                .withBody(Fixtures.documentJson(Fixtures.sha256(Fixtures.PNG), "UPLOADED", 1))));

        assertThatThrownBy(() -> documents.download(Fixtures.DOCUMENT_ID, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(ChecksumMismatchException.class,
                        e -> assertThat(e.expectedSha256()).isEqualTo(Fixtures.sha256(Fixtures.PNG)));
    }

    @Test
    void theMediaTypeAndTheFileNameOfTheAnswerAreReported() {
        server.stubFor(get(urlEqualTo(CONTENT_URL)).willReturn(content(Fixtures.PDF, Fixtures.sha256(Fixtures.PDF))
                .withHeader("Content-Disposition", "attachment; filename=\"Scan KTP _Dewi__php.pdf\"; "
                        + "filename*=UTF-8''Scan%20KTP%20_Dewi__php%20%E2%80%93%20salinan.pdf")));

        DownloadResult result = documents.download(Fixtures.DOCUMENT_ID, new ByteArrayOutputStream());

        assertThat(result.mediaType()).contains("application/pdf");
        assertThat(result.fileName()).contains("Scan KTP _Dewi__php – salinan.pdf");
    }

    private List<Path> directoryEntries() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.collect(Collectors.toList());
        }
    }

    private static ResponseDefinitionBuilder content(byte[] body, String sha256) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withHeader("ETag", "\"" + sha256 + "\"")
                .withHeader("Cache-Control", "no-store")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Accept-Ranges", "bytes")
                .withBody(body);
    }
}
