package id.mpp.conformance.reference;

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

/**
 * The kit's reference server, started once per test JVM from its shaded jar in a separate process, on a free port
 * with a fresh data folder, its demo clients and demo accounts, as a newcomer starts it (reference-server/README.md).
 *
 * <p>The suite reaches it through {@link FaultProxy}, a pass-through proxy on another free port whose URL is the
 * server's issuer ({@code MPP_ISSUER}), so that the broken-server tests can switch faults on without a second server.
 *
 * <p>A separate JVM rather than {@code id.mpp.server.Application} in-process: the server's shaded jar carries its own
 * Jackson, Netty and logging, which would clash with this module's classpath, and the suite then talks to exactly
 * the artifact a vendor runs. Stopped by a shutdown hook when the test JVM ends.
 */
public final class ReferenceServer {

    /** Settings for the build's run, beside the README's start: faster password hashing, no limits on the suite. */
    private static final List<String> SYSTEM_PROPERTIES = List.of(
            // The suite registers fresh accounts and signs in many times from one address within a minute.
            "-Dmpp.accounts.registration-attempts-per-address=100000",
            "-Dmpp.accounts.registration-attempts-per-nik=100000",
            "-Dmpp.login.attempts-per-address=100000",
            // The suite's webhook receiver listens on http://127.0.0.1 (EVT-035), which only development mode accepts.
            "-Dmpp.events.development-mode=true",
            // Deliveries start at the dispatcher's next look for due ones (1 s by default): the suite waits less.
            "-Dmpp.events.poll-interval=100ms");

    private static ReferenceServer shared;

    private final Process process;
    private final FaultProxy proxy;
    private final URI baseUrl;
    private final Path log;
    private final long startupMillis;

    private ReferenceServer(Process process, FaultProxy proxy, URI baseUrl, Path log, long startupMillis) {
        this.process = process;
        this.proxy = proxy;
        this.baseUrl = baseUrl;
        this.log = log;
        this.startupMillis = startupMillis;
    }

    /** The server of this JVM, started at the first call. */
    public static synchronized ReferenceServer shared() {
        if (shared == null) {
            shared = start();
            ReferenceServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "reference-server-stop"));
        }
        return shared;
    }

    /** The URL the suite tests: the proxy's, which the server names as its issuer. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The pass-through proxy in front of the server, whose faults the broken-server tests switch on. */
    public FaultProxy proxy() {
        return proxy;
    }

    public long startupMillis() {
        return startupMillis;
    }

    public Path log() {
        return log;
    }

    private static ReferenceServer start() {
        String jar = System.getProperty("mpp.referenceServer.jar");
        if (jar == null || jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the reference server's jar is not built (system property "
                    + "mpp.referenceServer.jar = " + jar + "); build with -pl reference-server,conformance-tests");
        }
        try {
            Path work = Path.of(System.getProperty("mpp.conformance.workDir", "target/reference-server-run"));
            Files.createDirectories(work);
            Path dataDir = Files.createTempDirectory(work, "data-");
            Path log = work.resolve("reference-server.log");
            int port = freePort();
            FaultProxy proxy = FaultProxy.start();
            URI base = URI.create("http://localhost:" + proxy.port());
            URI direct = URI.create("http://localhost:" + port);
            proxy.forwardTo(direct);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-XX:TieredStopAtLevel=1");
            Path archive = Path.of(jar).resolveSibling("mpp-reference-server.jsa");
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.addAll(SYSTEM_PROPERTIES);
            command.add("-jar");
            command.add(jar);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            env.put("MPP_DATA_DIR", dataDir.toAbsolutePath().toString());
            env.put("MPP_ISSUER", base.toString());
            env.put("MPP_LOGIN_SECURE_COOKIES", "false");
            env.put("MPP_DEMO_CLIENTS", "true");
            env.put("MPP_DEMO_DATA", "true");
            // PBKDF2 at 600,000 iterations costs up to half a core-second per sign-in or registration; the suite
            // makes dozens. The hashing and its checks are the same at 10,000 iterations.
            env.put("MPP_PASSWORD_HASH_ITERATIONS", "10000");
            env.put("MPP_LOG_LEVEL", "WARN");
            long start = System.nanoTime();
            Process process = builder.start();
            waitUntilUp(process, direct, log);
            return new ReferenceServer(process, proxy, base, log, (System.nanoTime() - start) / 1_000_000);
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
                Thread.sleep(100);
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
        proxy.close();
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(25).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
