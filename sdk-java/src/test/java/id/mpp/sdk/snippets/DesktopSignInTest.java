package id.mpp.sdk.snippets;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.snippets.DesktopSignIn.TokenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's desktop sign-in against a fake provider, with this test as the user: it reads the sign-in link
 * the app logs, and opens it with an HTTP client that follows the provider's redirect to the loopback listener.
 */
class DesktopSignInTest {

    private static final String CLIENT_ID = "banyumas-layanan-desktop";

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    @TempDir
    Path home;

    private final HttpClient browserClient = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService browserThread = Executors.newSingleThreadExecutor();
    private final AtomicReference<CompletableFuture<HttpResponse<String>>> browserVisit = new AtomicReference<>();
    private final Logger appLog = Logger.getLogger(DesktopSignIn.class.getName());
    private final Handler user = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            int link = message.indexOf("http://");
            if (message.startsWith("Buka tautan") && link >= 0) {
                URI authorizationUrl = URI.create(message.substring(link));
                provider.redeemsTheCodeOf(authorizationUrl, CLIENT_ID, "at-desktop-1", "rt-1");
                browserVisit.set(CompletableFuture.supplyAsync(() -> visit(authorizationUrl), browserThread));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private FakeProvider provider;
    private TokenFile tokenFile;

    @BeforeEach
    void start() {
        provider = new FakeProvider(server).started();
        tokenFile = new TokenFile(home.resolve(".sipadu").resolve("refresh-token"));
        server.stubFor(get("/v1/me").willReturn(okJson(
                "{\"id\":\"" + FakeProvider.SUBJECT + "\",\"full_name\":\"Dewi Lestari Rahayu\"}")));
        appLog.addHandler(user);
    }

    @AfterEach
    void stop() {
        appLog.removeHandler(user);
        browserThread.shutdownNow();
    }

    /** Opens the authorization URL and follows the provider's redirect to the app's loopback listener. */
    private HttpResponse<String> visit(URI authorizationUrl) {
        try {
            HttpResponse<String> redirect = browserClient.send(HttpRequest.newBuilder(authorizationUrl).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            return browserClient.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFirstStartSignsInThroughTheBrowserAndCallsTheApiWithTheNewToken() throws Exception {
        provider.signsInAtOnce();

        DesktopSignIn.signIn(provider.issuer, tokenFile);

        assertThat(browserVisit.get().get(10, TimeUnit.SECONDS).body()).contains("Berhasil masuk");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer at-desktop-1")));
    }

    @Test
    void aFirstStartKeepsTheRefreshTokenInAFileOnlyItsOwnerMayRead() throws Exception {
        provider.signsInAtOnce();

        DesktopSignIn.signIn(provider.issuer, tokenFile);

        assertThat(Files.readString(tokenFile.path())).isEqualTo("rt-1");
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile.path()))).isEqualTo("rw-------");
    }

    @Test
    void aLaterStartResumesFromTheFileWithoutABrowserAndKeepsTheRotatedToken() throws Exception {
        Files.createDirectories(tokenFile.path().getParent());
        Files.writeString(tokenFile.path(), "rt-1\n");
        provider.refreshes("rt-1", "at-desktop-2", "rt-2");

        DesktopSignIn.signIn(provider.issuer, tokenFile);

        assertThat(Files.readString(tokenFile.path())).isEqualTo("rt-2");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer at-desktop-2")));
        server.verify(0, getRequestedFor(urlPathEqualTo("/v1/sso/authorize")));
        assertThat(FakeProvider.form(server.findAll(postRequestedFor(urlPathEqualTo("/v1/sso/token"))).get(0)
                .getBodyAsString())).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "rt-1")
                .containsEntry("client_id", CLIENT_ID);
    }
}
