package id.mpp.sdk.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import id.mpp.sdk.auth.FormBodies;
import id.mpp.sdk.auth.MutableClock;
import id.mpp.sdk.auth.UserSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoopbackLoginTest {

    private static final String ACCESS_TOKEN = "at-desktop-1";

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private final HttpClient browserClient = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService browserThread = Executors.newSingleThreadExecutor();
    private final AtomicReference<URI> authorizationUrl = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<HttpResponse<String>>> browserVisit = new AtomicReference<>();
    private TestProvider provider;

    @BeforeEach
    void provider() {
        provider = new TestProvider(server, clock);
        provider.stubDiscovery();
        provider.stubJwks(TestKeys.CURRENT);
    }

    @AfterEach
    void closeBrowser() {
        browserThread.shutdownNow();
    }

    /** The provider signs the user in at once and redirects back with a code, the state it got, and its iss. */
    private void stubAuthorizeRedirect(String answer) {
        server.stubFor(get(urlPathEqualTo("/v1/sso/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?" + answer
                        + "&iss=" + URLEncoder.encode(provider.issuer, StandardCharsets.UTF_8))
                .withTransformers("response-template")));
    }

    private void stubTokenEndpointFor(URI authorization) {
        String nonce = FormBodies.parse(authorization.getRawQuery()).get("nonce");
        String idToken = provider.idToken(claims -> claims.claim("nonce", nonce)
                .claim("at_hash", IdTokenValidator.accessTokenHash(ACCESS_TOKEN, JWSAlgorithm.RS256)));
        server.stubFor(post("/v1/sso/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\","
                + "\"token_type\":\"Bearer\",\"expires_in\":300,\"refresh_token\":\"rt-1\",\"id_token\":\"" + idToken
                + "\",\"scope\":\"openid profile offline_access\"}")));
    }

    /** Plays the browser: opens the authorization URL, follows the provider's redirect to the loopback listener. */
    private HttpResponse<String> visit(URI authorization) {
        try {
            HttpResponse<String> redirect = browserClient.send(HttpRequest.newBuilder(authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            return browserClient.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private LoopbackLogin.Builder login() {
        return LoopbackLogin.builder()
                .sso(provider.publicClient())
                .scopes("openid", "profile", "offline_access")
                .timeout(Duration.ofSeconds(30))
                .browser(url -> {
                    authorizationUrl.set(url);
                    stubTokenEndpointFor(url);
                    browserVisit.set(CompletableFuture.supplyAsync(() -> visit(url), browserThread));
                });
    }

    private HttpResponse<String> pageShown() throws Exception {
        return browserVisit.get().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLoopbackLoginCompletesAndReturnsASessionHoldingTheTokens() throws Exception {
        stubAuthorizeRedirect("code=ZIjvO8IfOk8p&state={{request.query.state}}");
        List<String> stored = new CopyOnWriteArrayList<>();

        UserSession session = login().refreshTokenStore(tokens -> stored.add(tokens.refreshToken().orElseThrow()))
                .build().login();

        assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
        assertThat(stored).containsExactly("rt-1");
        HttpResponse<String> page = pageShown();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Berhasil masuk. Anda dapat menutup jendela ini.");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
    }

    @Test
    void theRedirectUriIsOnTheLoopbackAddressAndTheCodeIsExchangedWithItsPkceVerifier() throws Exception {
        stubAuthorizeRedirect("code=ZIjvO8IfOk8p&state={{request.query.state}}");

        SignIn signIn = login().build().signIn();

        Map<String, String> authorization = FormBodies.parse(authorizationUrl.get().getRawQuery());
        assertThat(authorization.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        Map<String, String> exchange = FormBodies.parse(
                server.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).get(0).getBodyAsString());
        assertThat(exchange)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "ZIjvO8IfOk8p")
                .containsEntry("redirect_uri", authorization.get("redirect_uri"));
        assertThat(Pkce.challengeOf(exchange.get("code_verifier"))).isEqualTo(authorization.get("code_challenge"));
        assertThat(signIn.idToken().subject()).isEqualTo(TestProvider.SUBJECT);
        assertThat(pageShown().statusCode()).isEqualTo(200);
    }

    @Test
    void aCallbackWithAnotherStateFailsTheLoginAndTellsTheBrowser() throws Exception {
        stubAuthorizeRedirect("code=ZIjvO8IfOk8p&state=forged");

        assertThatThrownBy(() -> login().build().login()).isInstanceOf(InvalidAuthorizationResponseException.class);

        assertThat(pageShown().body()).contains("Gagal masuk");
        server.verify(0, postRequestedFor(urlEqualTo("/v1/sso/token")));
    }

    @Test
    void aDeclinedSignInIsAnAuthorizationException() throws Exception {
        stubAuthorizeRedirect("error=access_denied&state={{request.query.state}}");

        assertThatThrownBy(() -> login().build().login())
                .isInstanceOfSatisfying(AuthorizationException.class, e -> assertThat(e.error()).isEqualTo("access_denied"));

        assertThat(pageShown().body()).contains("Gagal masuk");
    }

    @Test
    void noCallbackWithinTheTimeoutIsALoginTimeout() {
        LoopbackLogin login = LoopbackLogin.builder().sso(provider.publicClient()).timeout(Duration.ofMillis(200))
                .browser(authorizationUrl::set).build();

        assertThatThrownBy(login::login).isInstanceOf(LoginTimeoutException.class);
    }

    @Test
    void theListenerIsClosedWhenTheLoginEnds() {
        LoopbackLogin login = LoopbackLogin.builder().sso(provider.publicClient()).timeout(Duration.ofMillis(200))
                .browser(authorizationUrl::set).build();
        assertThatThrownBy(login::login).isInstanceOf(LoginTimeoutException.class);

        URI callback = URI.create(FormBodies.parse(authorizationUrl.get().getRawQuery()).get("redirect_uri"));

        assertThatThrownBy(() -> browserClient.send(HttpRequest.newBuilder(callback).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void anotherPathOfTheListenerAnswers404AndDoesNotEndTheLogin() throws Exception {
        stubAuthorizeRedirect("code=ZIjvO8IfOk8p&state={{request.query.state}}");
        AtomicReference<Integer> faviconStatus = new AtomicReference<>();
        LoopbackLogin login = login().browser(url -> {
            stubTokenEndpointFor(url);
            browserVisit.set(CompletableFuture.supplyAsync(() -> {
                URI redirect = URI.create(FormBodies.parse(url.getRawQuery()).get("redirect_uri"));
                try {
                    faviconStatus.set(browserClient.send(HttpRequest.newBuilder(redirect.resolve("/favicon.ico")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return visit(url);
            }, browserThread));
        }).build();

        UserSession session = login.login();

        assertThat(faviconStatus.get()).isEqualTo(404);
        assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
        assertThat(pageShown().statusCode()).isEqualTo(200);
    }
}
