package id.mpp.server.http.login;

import static id.mpp.server.http.login.LoginFixture.DEWI_EMAIL;
import static id.mpp.server.http.login.LoginFixture.DEWI_PASSWORD;
import static id.mpp.server.http.login.LoginFixture.DEWI_SUB;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.sso.IdToken;
import id.mpp.sdk.sso.LoopbackLogin;
import id.mpp.sdk.sso.SignIn;
import id.mpp.sdk.sso.SsoClient;
import id.mpp.server.http.sso.SsoFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The acceptance test: the Java SDK's {@link LoopbackLogin} signs the demo citizen in against the running
 * server, the test playing the browser (login form, consent page, then the redirect to the SDK's loopback listener).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkLoginTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return LoginFixture.properties();
    }

    /** What a browser does with the SDK's authorization URL: sign in, consent, and follow the redirect home. */
    private void playBrowser(URI authorizationUrl) {
        Browser browser = new Browser(server.getURI());
        HttpResponse<String> login = browser.get(authorizationUrl.toString());
        assertThat(Browser.formAction(login.body())).isEqualTo("/v1/sso/login");
        HttpResponse<String> consent = browser.submit(login, "username", DEWI_EMAIL, "password", DEWI_PASSWORD);
        assertThat(Browser.formAction(consent.body())).isEqualTo("/v1/sso/consent");
        HttpResponse<String> redirect = browser.submit(consent, "decision", "allow");
        assertThat(redirect.statusCode()).isEqualTo(302);
        // The loopback listener answers its page only once the SDK has finished, so the browser does not wait.
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(redirect.headers().firstValue("Location").orElseThrow())).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    @DisplayName("SSO-013, SSO-017, SSO-034, SSO-040: the SDK's loopback login signs the demo citizen in with PKCE, validates the ID token, and its UserSession refreshes with a rotated refresh token")
    void sdkLoopbackLoginAgainstTheServer() {
        SsoClient sso = SsoClient.builder().issuer("http://localhost:" + server.getPort())
                .clientAuthentication(ClientAuthentication.none(SsoFixture.CLI_CLIENT)).build();
        List<String> stored = new CopyOnWriteArrayList<>();
        LoopbackLogin login = LoopbackLogin.builder().sso(sso).scopes("openid", "profile", "offline_access")
                .browser(this::playBrowser).timeout(Duration.ofSeconds(30))
                .refreshTokenStore(tokens -> stored.add(tokens.refreshToken().orElseThrow()))
                .build();

        SignIn signIn = login.signIn();

        IdToken idToken = signIn.idToken();
        assertThat(idToken.subject()).isEqualTo(DEWI_SUB);
        assertThat(idToken.audience()).containsExactly(SsoFixture.CLI_CLIENT);
        assertThat(idToken.acr()).hasValue("urn:mpp:acr:nik");
        assertThat(idToken.authTime()).isPresent();
        assertThat(idToken.nonce()).as("the SDK sent a nonce and checked it").isPresent();
        IdToken again = sso.idTokenValidator().validate(idToken.raw(),
                requirements -> requirements.accessToken(signIn.tokens().accessToken()).subject(DEWI_SUB));
        assertThat(again.subject()).isEqualTo(DEWI_SUB);

        UserSession session = sso.session(signIn.tokens(), tokens -> stored.add(tokens.refreshToken().orElseThrow()));
        String firstAccessToken = session.accessToken();
        String firstRefreshToken = signIn.tokens().refreshToken().orElseThrow();
        session.invalidate(firstAccessToken);
        String refreshed = session.accessToken();

        assertThat(refreshed).isNotEqualTo(firstAccessToken);
        assertThat(session.isEnded()).isFalse();
        assertThat(session.tokens().refreshToken()).isPresent().get().isNotEqualTo(firstRefreshToken);
        assertThat(stored).contains(session.tokens().refreshToken().orElseThrow());
    }
}
