package id.mpp.server.http.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The two cookies of the sign-in pages, both {@code HttpOnly; SameSite=Lax; Path=/v1/sso} and {@code Secure}
 * unless {@code mpp.login.secure-cookies=false}: {@code mpp_sso}, the SSO session (a random value; the server
 * keeps its hash), and {@code mpp_sso_browser}, a random value the pages' anti-CSRF tokens are bound to.
 */
@Singleton
class LoginCookies {
    static final String SESSION = "mpp_sso";
    static final String BROWSER = "mpp_sso_browser";
    private static final String PATH = "/v1/sso";

    private final boolean secure;

    LoginCookies(LoginSettings settings) {
        this.secure = settings.isSecureCookies();
    }

    Optional<String> read(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> v.matches("[A-Za-z0-9_-]{20,100}"));
    }

    void set(MutableHttpResponse<?> response, String name, String value) {
        response.cookie(Cookie.of(name, value).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path(PATH));
    }

    void clear(MutableHttpResponse<?> response, String name) {
        response.cookie(Cookie.of(name, "").httpOnly(true).secure(secure).sameSite(SameSite.Lax).path(PATH).maxAge(0));
    }
}
