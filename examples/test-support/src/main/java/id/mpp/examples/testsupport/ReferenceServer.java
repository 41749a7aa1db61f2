package id.mpp.examples.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The kit's reference server, started once per test JVM from its executable jar in a JVM of its own (as the top-level
 * README starts it), on a free port with a fresh data folder, the demo clients and the demo logins. A separate JVM:
 * the server's jar carries its own Jackson and Netty, and the example is tested against exactly what a newcomer runs.
 */
public final class ReferenceServer {

    private static ReferenceServer shared;

    private final Process process;
    private final URI baseUrl;

    private ReferenceServer(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    public static synchronized ReferenceServer shared() {
        if (shared == null) {
            shared = start();
            ReferenceServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "reference-server-stop"));
        }
        return shared;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Whether the server answers {@code path} with 200 (a part of it not built yet answers otherwise). */
    public boolean serves(String path) {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUrl.resolve(path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ReferenceServer start() {
        String jar = System.getProperty("mpp.referenceServer.jar");
        if (jar == null || jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the reference server's jar is not built (system property "
                    + "mpp.referenceServer.jar = " + jar + ")");
        }
        try {
            Path work = Path.of(System.getProperty("mpp.examples.workDir", "target/reference-server-run"));
            Files.createDirectories(work);
            Path dataDir = Files.createTempDirectory(work, "data-");
            Path log = work.resolve("reference-server.log");
            int port = freePort();
            URI base = URI.create("http://localhost:" + port);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-XX:TieredStopAtLevel=1");
            Path archive = Path.of(jar).resolveSibling("mpp-reference-server.jsa");
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.add("-jar");
            command.add(jar);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            env.put("MPP_DATA_DIR", dataDir.toAbsolutePath().toString());
            env.put("MPP_ISSUER", base.toString());
            env.put("MPP_LOGIN_SECURE_COOKIES", "false");   // plain http on localhost
            env.put("MPP_DEMO_CLIENTS", "true");
            env.put("MPP_DEMO_DATA", "true");
            env.put("MPP_PASSWORD_HASH_ITERATIONS", "10000"); // the same hashing, cheaper for a test
            env.put("MPP_LOG_LEVEL", "WARN");
            env.put("MPP_WEBHOOKS_DEVELOPMENT_MODE", "true"); // webhooks to a test's loopback receiver (agency worker)
            Process process = builder.start();
            waitUntilUp(process, base, log);
            return new ReferenceServer(process, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntilUp(Process process, URI base, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the reference server stopped at start-up; its log:\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS); // a poll interval that also notices an early exit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the reference server did not answer /health within 90 s; its log: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(25, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
