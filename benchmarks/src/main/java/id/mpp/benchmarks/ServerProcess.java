package id.mpp.benchmarks;

import java.io.IOException;
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

/** The reference server's jar started as a process of its own on a throwaway data folder and a free port. */
final class ServerProcess implements AutoCloseable {
    /**
     * The JVM options of the README's run command (reference-server/README.md, "Memory"), so that the benchmark
     * measures the server as it is documented to run: the serial collector and a heap of at most 256 MB, starting
     * small. {@code --server-java-options} replaces them.
     */
    static final List<String> README_JAVA_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m");

    final Process process;
    final int port;
    final URI base;
    final Path log;
    final Path jfr;
    final long startupMillis;

    private ServerProcess(Process process, int port, Path log, Path jfr, long startupMillis) {
        this.process = process;
        this.port = port;
        this.base = URI.create("http://localhost:" + port);
        this.log = log;
        this.jfr = jfr;
        this.startupMillis = startupMillis;
    }

    /**
     * Starts the jar with {@code javaOptions} and the CDS archive when it exists, {@code environment} added (the
     * database), and waits for
     * the first answered {@code GET /health}; the time from starting the process to that answer is the start-up time.
     */
    static ServerProcess start(Path jar, Path archive, List<String> javaOptions, Path workDir,
            Map<String, String> environment, boolean record) throws IOException, InterruptedException {
        int port = freePort();
        Path data = Files.createDirectories(workDir.resolve("data"));
        Path log = workDir.resolve("server.log");
        Path jfr = record ? workDir.resolve("server.jfr") : null;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        if (archive != null && Files.exists(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MPP_DATA_DIR", data.toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("MPP_ISSUER", "http://localhost:" + port);
        builder.environment().putAll(environment);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped at start-up; its log: " + log + "\n"
                        + tail(log));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("the server did not answer within 3 minutes; its log: " + log);
            }
            Thread.sleep(20);
        }
        long startupMillis = (System.nanoTime() - start) / 1_000_000;
        if (record) {
            startRecording(process, jfr);
        }
        return new ServerProcess(process, port, log, jfr, startupMillis);
    }

    /**
     * Starts the flight recording once the server answers ({@code jcmd <pid> JFR.start}), so that recording does not
     * slow the start-up being measured; it is written when the server stops.
     */
    private static void startRecording(Process process, Path jfr) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "JFR.start", "name=benchmark", "settings=profile",
                "filename=" + jfr, "dumponexit=true").redirectErrorStream(true).start();
        String answer = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0 || !answer.contains("Started recording")) {
            throw new IllegalStateException("could not start the server's flight recording: " + answer);
        }
    }

    /** The resident memory of the server process in MB, from /proc (NaN where there is no /proc). */
    double rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc
        }
        return Double.NaN;
    }

    /** Stops the server (SIGTERM: a flight recording is written on the way out). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
