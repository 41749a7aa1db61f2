package id.mpp.server.http.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.http.sso.SsoFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The default cookie settings, as production runs them. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureCookieTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return SsoFixture.properties();
    }

    @Test
    @DisplayName("SSO-019: by default the sign-in cookies are Secure, HttpOnly, SameSite=Lax and limited to /v1/sso")
    void cookiesAreSecureByDefault() {
        HttpResponse<String> page = new Browser(server.getURI()).get(LoginFixture.web(Pkce.create(), "s", "n"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie.toLowerCase()).contains("secure", "httponly", "samesite=lax",
                        "path=/v1/sso"));
    }
}
