package id.mpp.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build's training run for the class-data-sharing archive that makes the server start in about a second.
 *
 * <p>Most of the server's start-up is the JVM loading and verifying some ten thousand classes from the fat jar. The
 * JVM can keep them, already parsed and verified, in an archive: the build starts the server once with
 * {@code -XX:ArchiveClassesAtExit=...jsa -Dmpp.cds.training=true}, this class sends the server a few typical requests
 * (so that the classes of the request path are archived too) and stops it, and the JVM writes the archive on exit.
 * {@code java -XX:SharedArchiveFile=...jsa -jar ...} then starts from it. An archive made by another JDK, or for
 * another jar, is ignored by the JVM with a warning, never an error.
 */
final class ClassDataSharingTraining {

    static final String PROPERTY = "mpp.cds.training";

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataSharingTraining.class);
    private static final List<String> PATHS = List.of("/health", "/.well-known/openid-configuration", "/v1/sso/jwks",
            "/v1/regions", "/v1/agencies", "/v1/no-such-route",
            "/v1/sso/authorize?client_id=demo-web&response_type=code&scope=openid&redirect_uri=http://localhost:3000/callback"
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

    private ClassDataSharingTraining() {
    }

    /** The training run starts from an empty data folder of its own, deleted when it ends. */
    static void useThrowawayDataFolder() {
        try {
            Path folder = Files.createTempDirectory("mpp-cds-training");
            System.setProperty("mpp.data-dir", folder.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the training run", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it up in the end
        }
    }

    static void exerciseAndExit(ApplicationContext context) {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : PATHS) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
                LOG.info("class-data-sharing training path={} status={}", path.replaceAll("\\?.*", ""),
                        response.statusCode());
            } catch (IOException e) {
                LOG.warn("class-data-sharing training request failed path={} error={}", path, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        context.close();
        System.exit(0);
    }
}
