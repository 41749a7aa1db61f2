package id.mpp.sdk.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that an upload needs constant memory, not memory in proportion to the file.
 *
 * <p>The method: a 64 MiB file of random bytes is uploaded by a child JVM started with a 24 MiB heap
 * ({@code -Xmx24m -XX:+ExitOnOutOfMemoryError}), through the real {@link Documents} and transport, to
 * WireMock in this JVM. The child can only succeed if neither the hashing pass, the spooling of a stream,
 * nor the multipart body ever holds the file in memory. A calibration run in the same child, reading the
 * file into one array as a buffering implementation would, must die of {@code OutOfMemoryError}: that
 * shows the limit really is below the file's size. WireMock answers {@code 201} only when the {@code sha256}
 * part equals the SHA-256 this test computes on its own and the {@code file} part equals the file, and the
 * SDK checks the answer's {@code sha256} against its own: so the checksum of the large file is right too.
 */
class ConstantMemoryUploadTest {

    private static final int FILE_MIB = 64;
    private static final String CHILD_HEAP = "-Xmx24m";
    private static final int EXIT_ON_OUT_OF_MEMORY = 3;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .build();

    @TempDir
    static Path directory;

    private static Path file;
    private static String sha256;

    @BeforeAll
    static void writeALargeFile() throws IOException {
        file = directory.resolve("big.pdf");
        Random random = new Random(20261120L);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FILE_MIB; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        sha256 = independentSha256(file);
    }

    @Test
    void theHeapGivenToTheUploaderCannotHoldTheFile() throws Exception {
        Child child = startUploader("read-all", Files.createTempDirectory(directory, "spool"));

        assertThat(child.awaitExit()).as(child::output).isEqualTo(EXIT_ON_OUT_OF_MEMORY);
    }

    @Test
    void aFileLargerThanTheHeapIsHashedAndUploadedFromItsPath() throws Exception {
        stubUploadOfTheLargeFile();

        Child child = startUploader("path", Files.createTempDirectory(directory, "spool"));

        assertThat(child.awaitExit()).as(child::output).isZero();
        server.verify(1, postRequestedFor(urlEqualTo("/v1/documents")));
    }

    @Test
    void aStreamLargerThanTheHeapIsSpooledHashedAndUploadedAndItsSpoolDeleted() throws Exception {
        stubUploadOfTheLargeFile();
        Path spool = Files.createTempDirectory(directory, "spool");

        Child child = startUploader("stream", spool);

        assertThat(child.awaitExit()).as(child::output).isZero();
        server.verify(1, postRequestedFor(urlEqualTo("/v1/documents")));
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    private static void stubUploadOfTheLargeFile() throws IOException {
        server.stubFor(post(urlEqualTo("/v1/documents"))
                .withMultipartRequestBody(aMultipart().withName("document_type").withBody(equalTo("KTP_EL")))
                .withMultipartRequestBody(aMultipart().withName("sha256").withBody(equalTo(sha256)))
                .withMultipartRequestBody(aMultipart().withName("file").withBody(binaryEqualTo(Files.readAllBytes(file))))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.documentJson(sha256, "UPLOADED", 1))));
    }

    private static Child startUploader(String mode, Path spool) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(CHILD_HEAP);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SmallHeapUploader.class.getName());
        command.add(mode);
        command.add(server.baseUrl());
        command.add(file.toString());
        command.add(spool.toString());
        Path log = Files.createTempFile(directory, "child-" + mode + "-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Child(process, log);
    }

    /** A child JVM and the file its output goes to. */
    private static final class Child {
        private final Process process;
        private final Path log;

        Child(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The uploader did not finish within 120 s");
            }
            return process.exitValue();
        }

        String output() {
            try {
                return "child output:\n" + Files.readString(log);
            } catch (IOException e) {
                return "child output unreadable: " + e;
            }
        }
    }

    private static String independentSha256(Path path) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
