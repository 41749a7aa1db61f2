package id.mpp.server.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOC-015: the server is killed with SIGKILL in the middle of uploads and restarted on the same data folder: every
 * upload it acknowledged is there with its exact bytes, nothing partial is listed, and no orphan file is left.
 */
class UploadCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 8;

    @TempDir
    Path data;

    private record Server(Process process, int port, String account, String token) {
    }

    private Server start(String account) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dmicronaut.environments=crash",
                "-Dmicronaut.server.port=" + port,
                "-Dmpp.data-dir=" + data.toAbsolutePath(),
                "-Dmpp.vault.blob-dir=" + data.resolve("blobs").toAbsolutePath(),
                "-Dmpp.demo-data.enabled=false",
                "-Dmpp.accounts.password-hash-iterations=1000",
                "-Dmicronaut.server.max-request-size=11534336",
                "-Dmicronaut.lifecycle.graceful-shutdown.enabled=false",
                "-cp", System.getProperty("java.class.path"), CrashServerMain.class.getName()));
        if (account != null) {
            command.add(account);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> ready = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("READY ")) {
                        ready.add(line);
                    }
                }
            } catch (IOException ignored) {
                // The process was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        String line = ready.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("the server process started").isNotNull();
        String[] parts = line.split(" ");
        return new Server(process, Integer.parseInt(parts[1]), parts[2], parts[3]);
    }

    private static HttpRequest upload(Server server, byte[] pdf) {
        byte[] body = VaultFixture.multipart(VaultFixture.parts("KK", VaultFixture.sha256(pdf), null, "kk.pdf",
                "application/pdf", pdf));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/documents"))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "multipart/form-data; boundary=" + VaultFixture.BOUNDARY)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    @Test
    @Timeout(120)
    @DisplayName("DOC-015: after SIGKILL mid-uploads and a restart, acknowledged uploads are intact and nothing partial or orphaned remains")
    void killMidUpload() throws Exception {
        Server first = start(null);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger seeds = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> {
                while (!killed.get()) {
                    byte[] pdf = VaultFixture.pdf(1_000_000 + seeds.get() * 1000, seeds.incrementAndGet());
                    try {
                        HttpResponse<String> response = client.send(upload(first, pdf),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.put(JSON.readTree(response.body()).path("id").asText(),
                                    VaultFixture.sha256(pdf));
                            enough.countDown();
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server died under this upload
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).isTrue();
        first.process().destroyForcibly();
        killed.set(true);
        first.process().waitFor(20, TimeUnit.SECONDS);
        for (Thread writer : writers) {
            writer.join(20_000);
        }
        Map<String, String> acked = Map.copyOf(acknowledged);

        Server second = start(first.account());
        try {
            List<JsonNode> listed = new ArrayList<>();
            String pageToken = null;
            do {
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + second.port() + "/v1/documents?page_size=100"
                                + (pageToken == null ? "" : "&page_token=" + pageToken)))
                        .header("Authorization", "Bearer " + second.token()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(page.body());
                body.path("items").forEach(listed::add);
                pageToken = body.path("next_page_token").isMissingNode() ? null
                        : body.path("next_page_token").asText();
            } while (pageToken != null);

            assertThat(listed.stream().map(d -> d.path("id").asText()).toList())
                    .containsAll(acked.keySet());
            for (JsonNode doc : listed) {
                HttpResponse<byte[]> content = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + second.port() + "/v1/documents/" + doc.path("id").asText() + "/content"))
                        .header("Authorization", "Bearer " + second.token()).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(content.statusCode()).isEqualTo(200);
                assertThat(VaultFixture.sha256(content.body())).isEqualTo(doc.path("sha256").asText());
                assertThat((long) content.body().length).isEqualTo(doc.path("size_bytes").asLong());
                if (acked.containsKey(doc.path("id").asText())) {
                    assertThat(doc.path("sha256").asText()).isEqualTo(acked.get(doc.path("id").asText()));
                }
            }
            Path blobs = data.resolve("blobs");
            try (Stream<Path> all = Files.walk(data, 2)) {
                assertThat(Files.isDirectory(blobs.resolve("tmp"))).as(all.map(Path::toString).toList().toString())
                        .isTrue();
            }
            try (Stream<Path> partial = Files.list(blobs.resolve("tmp"))) {
                assertThat(partial.count()).as("unfinished writes left").isZero();
            }
            try (Stream<Path> files = Files.walk(blobs)) {
                long stored = files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("tmp")).count();
                assertThat(stored).as("blob files, one per listed document").isEqualTo(listed.size());
            }
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
