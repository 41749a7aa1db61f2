package id.mpp.server.http.login;

import static id.mpp.server.http.login.LoginFixture.BAGUS_EMAIL;
import static id.mpp.server.http.login.LoginFixture.BAGUS_PASSWORD;
import static id.mpp.server.http.login.LoginFixture.DEWI_EMAIL;
import static id.mpp.server.http.login.LoginFixture.DEWI_NIK;
import static id.mpp.server.http.login.LoginFixture.DEWI_PASSWORD;
import static id.mpp.server.http.login.LoginFixture.DEWI_SUB;
import static id.mpp.server.http.login.LoginFixture.WEB_REDIRECT;
import static id.mpp.server.http.login.LoginFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.http.Http;
import id.mpp.server.http.sso.SsoFixture;
import id.mpp.server.storage.session.JdbcConsentStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The sign-in pages over HTTP, the test playing the browser: authorize, login, consent, code, tokens, logout. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFlowTest implements TestPropertyProvider {
    private static final SsoFixture.MutableClock clock = new SsoFixture.MutableClock();

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcConsentStore consents;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        return LoginFixture.properties();
    }

    private String issuer() {
        return "http://localhost:" + server.getPort();
    }

    private Browser browser() {
        return new Browser(server.getURI());
    }

    private Http http() {
        return new Http(server);
    }

    /** Signs in from {@code authorizeUrl}: the login form if shown, the consent page if shown (allowing, NIK ticked). */
    private HttpResponse<String> signIn(Browser browser, String authorizeUrl, String username, String password) {
        HttpResponse<String> response = browser.get(authorizeUrl);
        if (response.statusCode() == 200 && Browser.formAction(response.body()).equals("/v1/sso/login")) {
            response = browser.submit(response, "username", username, "password", password);
        }
        if (response.statusCode() == 200 && Browser.formAction(response.body()).equals("/v1/sso/consent")) {
            response = browser.submit(response, "decision", "allow", "scope", "nik");
        }
        return response;
    }

    private String code(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        Map<String, String> query = Browser.query(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(query).as("a code, not an error").containsKey("code");
        return query.get("code");
    }

    private int bearerStatus(String accessToken) {
        return http().get("/test-bearer/me", "Authorization", "Bearer " + accessToken).statusCode();
    }

    private JWTClaimsSet verified(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        JWKSet keys = JWKSet.parse(http().get("/v1/sso/jwks").body());
        RSAKey key = keys.getKeyByKeyId(signed.getHeader().getKeyID()).toRSAKey();
        assertThat(signed.verify(new RSASSAVerifier(key))).isTrue();
        return signed.getJWTClaimsSet();
    }

    private static String atHash(String accessToken) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }

    @Test
    @DisplayName("SSO-013, SSO-018, SSO-019, SSO-020, SSO-034: the demo citizen signs in with her NIK, consents, and the code gives an ID token with nonce, at_hash, auth_time and acr and an access token the API accepts")
    void fullAuthorizationCodeFlowWithPkce() throws Exception {
        consents.delete(DEWI_SUB, SsoFixture.WEB_CLIENT);
        Browser browser = browser();
        Pkce pkce = Pkce.create();

        HttpResponse<String> login = browser.get(LoginFixture.web(pkce, "st-1", "nonce-1"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("Content-Language")).hasValue("id");
        assertThat(login.body()).contains("<html lang=\"id\"", "name=\"viewport\"", "<label for=\"username\">",
                "<label for=\"password\">", "name=\"username\"", "name=\"password\"", "NIK atau alamat surel")
                .doesNotContain("<script");
        assertThat(Browser.hiddenFields(login.body())).containsKeys("request", "csrf_token");
        assertThat(login.body()).as("the request itself stays on the server").doesNotContain(pkce.challenge());
        String browserCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(LoginCookies.BROWSER + "=")).findFirst().orElseThrow();
        assertThat(browserCookie.toLowerCase()).contains("httponly", "samesite=lax", "path=/v1/sso");

        HttpResponse<String> consent = browser.submit(login, "username", DEWI_NIK, "password", DEWI_PASSWORD);
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(consent.body())).isEqualTo("/v1/sso/consent");
        assertThat(consent.body()).contains("Demo web app", "Alamat surel Anda", "Nomor Induk Kependudukan (NIK) Anda",
                "type=\"checkbox\" name=\"scope\" value=\"nik\">").doesNotContain("checked");
        assertThat(browser.cookies).containsKey(LoginCookies.SESSION);

        HttpResponse<String> redirect = browser.submit(consent, "decision", "allow", "scope", "nik");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(WEB_REDIRECT + "?code=");
        Map<String, String> query = Browser.query(location);
        assertThat(query).containsEntry("state", "st-1").containsEntry("iss", issuer());
        assertThat(consents.find(DEWI_SUB, SsoFixture.WEB_CLIENT).orElseThrow())
                .as("ACC-050: the consent records the page's language, not yet a use")
                .satisfies(granted -> assertThat(granted.locale()).isEqualTo("id"))
                .satisfies(granted -> assertThat(granted.lastUsedAt()).isNull());

        HttpResponse<String> tokens = LoginFixture.exchangeWeb(http(), query.get("code"), pkce);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(consents.find(DEWI_SUB, SsoFixture.WEB_CLIENT).orElseThrow().lastUsedAt())
                .as("ACC-050: the code exchange is a use of the consent").isNotNull();
        JsonNode body = json(tokens.body());
        String accessToken = body.path("access_token").asText();
        JWTClaimsSet id = verified(body.path("id_token").asText());
        assertThat(id.getIssuer()).isEqualTo(issuer());
        assertThat(id.getSubject()).isEqualTo(DEWI_SUB);
        assertThat(id.getAudience()).containsExactly(SsoFixture.WEB_CLIENT);
        assertThat(id.getStringClaim("nonce")).isEqualTo("nonce-1");
        assertThat(id.getStringClaim("at_hash")).isEqualTo(atHash(accessToken));
        assertThat(id.getStringClaim("acr")).isEqualTo("urn:mpp:acr:nik");
        assertThat(id.getLongClaim("auth_time")).isNotNull();
        assertThat(id.getStringClaim("sid")).startsWith("sid_");
        assertThat(body.path("scope").asText().split(" ")).contains("openid", "nik", "offline_access");
        assertThat(body.path("refresh_token").asText()).isNotEmpty();
        assertThat(bearerStatus(accessToken)).as("the bearer validation accepts the access token").isEqualTo(200);
    }

    @Test
    @DisplayName("SSO-017: after signing in for demo-web, demo-cli gets its code without the login page (consent once), with the same sub and auth_time")
    void secondClientNeedsNoLogin() throws Exception {
        consents.delete(DEWI_SUB, SsoFixture.CLI_CLIENT);
        Browser browser = browser();
        Pkce webPkce = Pkce.create();
        String webCode = code(signIn(browser, LoginFixture.web(webPkce, "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        JWTClaimsSet webId = verified(json(LoginFixture.exchangeWeb(http(), webCode, webPkce).body())
                .path("id_token").asText());

        Pkce cliPkce = Pkce.create();
        HttpResponse<String> first = browser.get(LoginFixture.cli(cliPkce, "c1"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(first.body())).as("consent, not login").isEqualTo("/v1/sso/consent");
        String cliCode = code(browser.submit(first, "decision", "allow"));
        JWTClaimsSet cliId = verified(json(LoginFixture.exchangeCli(http(), cliCode, cliPkce).body())
                .path("id_token").asText());
        assertThat(cliId.getSubject()).isEqualTo(webId.getSubject());
        assertThat(cliId.getLongClaim("auth_time")).isEqualTo(webId.getLongClaim("auth_time"));

        Pkce again = Pkce.create();
        HttpResponse<String> silent = browser.get(LoginFixture.cli(again, "c2"));
        assertThat(silent.statusCode()).as("consent is remembered: a code right away").isEqualTo(302);
        assertThat(Browser.query(silent.headers().firstValue("Location").orElseThrow())).containsKey("code")
                .containsEntry("state", "c2");
    }

    @Test
    @DisplayName("SSO-015: prompt=none without a session redirects with login_required, state and iss; with a session and consent, with a code")
    void promptNone() {
        Browser browser = browser();
        HttpResponse<String> response = browser.get(LoginFixture.web(Pkce.create(), "pn", "n", "prompt", "none"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.query(response.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "login_required").containsEntry("state", "pn").containsEntry("iss", issuer())
                .doesNotContainKey("code");

        code(signIn(browser, LoginFixture.web(Pkce.create(), "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        consents.delete(DEWI_SUB, SsoFixture.CLI_CLIENT);
        HttpResponse<String> cli = browser.get(LoginFixture.cli(Pkce.create(), "pc", "prompt", "none"));
        assertThat(Browser.query(cli.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "consent_required").containsEntry("state", "pc").doesNotContainKey("code");
        code(browser.get(LoginFixture.web(Pkce.create(), "s2", "n", "prompt", "none")));
    }

    @Test
    @DisplayName("SSO-016: prompt=login shows the login form despite a session, and the new ID token has a later auth_time")
    void promptLoginForcesTheForm() throws Exception {
        Browser browser = browser();
        Pkce pkce = Pkce.create();
        String first = code(signIn(browser, LoginFixture.web(pkce, "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        long firstAuthTime = verified(json(LoginFixture.exchangeWeb(http(), first, pkce).body()).path("id_token")
                .asText()).getLongClaim("auth_time");
        clock.advance(Duration.ofSeconds(5));

        Pkce second = Pkce.create();
        HttpResponse<String> page = browser.get(LoginFixture.web(second, "s", "n", "prompt", "login"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(page.body())).isEqualTo("/v1/sso/login");
        String code = code(browser.submit(page, "username", DEWI_EMAIL, "password", DEWI_PASSWORD));
        long secondAuthTime = verified(json(LoginFixture.exchangeWeb(http(), code, second).body()).path("id_token")
                .asText()).getLongClaim("auth_time");
        assertThat(secondAuthTime).isGreaterThan(firstAuthTime);
    }

    @Test
    @DisplayName("SSO-016: max_age shorter than the time since the login shows the form; a longer one gives a code")
    void maxAge() {
        Browser browser = browser();
        code(signIn(browser, LoginFixture.web(Pkce.create(), "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        clock.advance(Duration.ofSeconds(120));

        HttpResponse<String> stale = browser.get(LoginFixture.web(Pkce.create(), "s", "n", "max_age", "60"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(stale.body())).isEqualTo("/v1/sso/login");
        code(browser.get(LoginFixture.web(Pkce.create(), "s", "n", "max_age", "3600")));
        HttpResponse<String> silent = browser.get(LoginFixture.web(Pkce.create(), "s", "n", "max_age", "60",
                "prompt", "none"));
        assertThat(Browser.query(silent.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "login_required");
    }

    @Test
    @DisplayName("SSO-010: no code_challenge, or code_challenge_method plain or absent, redirects with invalid_request and no page")
    void pkceIsRequired() {
        Browser browser = browser();
        String noChallenge = LoginFixture.web(null, "p1", "n");
        String plain = LoginFixture.web(null, "p2", "n", "code_challenge", Pkce.create().challenge(),
                "code_challenge_method", "plain");
        String absent = LoginFixture.web(null, "p3", "n", "code_challenge", Pkce.create().challenge());
        for (String uri : new String[] {noChallenge, plain, absent}) {
            HttpResponse<String> response = browser.get(uri);
            assertThat(response.statusCode()).isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(WEB_REDIRECT + "?");
            assertThat(Browser.query(location)).containsEntry("error", "invalid_request").containsKey("state")
                    .containsEntry("iss", issuer());
        }
    }

    @Test
    @DisplayName("SSO-011: a redirect_uri not registered for the client answers 400 (a page for a browser, a problem otherwise) and never redirects")
    void wrongRedirectUriIsNeverFollowed() {
        Browser browser = browser();
        String uri = LoginFixture.authorize(SsoFixture.WEB_CLIENT, "https://evil.example/cb", "openid",
                Pkce.create(), "s", "n");
        HttpResponse<String> page = browser.get(uri);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Alamat pengalihan tidak terdaftar").doesNotContain("evil.example");

        HttpResponse<String> problem = http().get(uri, "Accept", "application/json");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Location")).isEmpty();
        JsonNode body = json(problem.body());
        assertThat(body.path("type").asText()).endsWith("/validation-error");
        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/redirect_uri");
        assertThat(body.path("errors").get(0).path("code").asText()).isEqualTo("NOT_REGISTERED");

        HttpResponse<String> unknown = browser.get(LoginFixture.authorize("no-such-client", WEB_REDIRECT, "openid",
                Pkce.create(), "s", "n"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
    }

    @Test
    @DisplayName("SSO-030: a code redeemed twice answers invalid_grant and revokes the tokens of the first redemption")
    void codeReuseRevokesTheFirstTokens() {
        Browser browser = browser();
        Pkce pkce = Pkce.create();
        String code = code(signIn(browser, LoginFixture.web(pkce, "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        JsonNode first = json(LoginFixture.exchangeWeb(http(), code, pkce).body());
        assertThat(bearerStatus(first.path("access_token").asText())).isEqualTo(200);

        HttpResponse<String> second = LoginFixture.exchangeWeb(http(), code, pkce);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(json(second.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(bearerStatus(first.path("access_token").asText())).isEqualTo(401);
        assertThat(LoginFixture.refreshWeb(http(), first.path("refresh_token").asText()).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("SSO-040, SSO-041: the refresh token of a real sign-in rotates; presenting a rotated one answers invalid_grant and ends the family")
    void refreshTokenRotationAndReuse() {
        Browser browser = browser();
        Pkce pkce = Pkce.create();
        String code = code(signIn(browser, LoginFixture.web(pkce, "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        String refresh1 = json(LoginFixture.exchangeWeb(http(), code, pkce).body()).path("refresh_token").asText();

        HttpResponse<String> rotated = LoginFixture.refreshWeb(http(), refresh1);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String refresh2 = json(rotated.body()).path("refresh_token").asText();
        assertThat(refresh2).isNotEqualTo(refresh1);

        HttpResponse<String> reuse = LoginFixture.refreshWeb(http(), refresh1);
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(json(reuse.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(LoginFixture.refreshWeb(http(), refresh2).statusCode()).as("the whole family is revoked")
                .isEqualTo(400);
    }

    @Test
    @DisplayName("SSO-019: a login post without the CSRF token, with another token, or from another browser is refused and signs nobody in")
    void csrfIsChecked() {
        Browser browser = browser();
        HttpResponse<String> page = browser.get(LoginFixture.web(Pkce.create(), "s", "n"));
        String reference = Browser.hiddenFields(page.body()).get("request");

        HttpResponse<String> missing = browser.post("/v1/sso/login", "request", reference, "username", DEWI_EMAIL,
                "password", DEWI_PASSWORD);
        HttpResponse<String> wrong = browser.post("/v1/sso/login", "request", reference, "csrf_token",
                "wrong-token-wrong-token-wrong-token", "username", DEWI_EMAIL, "password", DEWI_PASSWORD);
        Browser other = browser();
        HttpResponse<String> otherBrowser = other.submit(page, "username", DEWI_EMAIL, "password", DEWI_PASSWORD);

        for (HttpResponse<String> refused : java.util.List.of(missing, wrong, otherBrowser)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Location")).isEmpty();
            assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(LoginCookies.SESSION + "="));
        }
        assertThat(browser.cookies).doesNotContainKey(LoginCookies.SESSION);
        assertThat(browser.submit(page, "username", DEWI_EMAIL, "password", DEWI_PASSWORD).statusCode())
                .as("the genuine post still works").isIn(200, 302);
    }

    @Test
    @DisplayName("ACC-004: a wrong password and an unknown account get the same generic message and no session")
    void wrongPasswordGetsAGenericMessage() {
        Browser browser = browser();
        HttpResponse<String> page = browser.get(LoginFixture.web(Pkce.create(), "s", "n"));
        HttpResponse<String> wrong = browser.submit(page, "username", DEWI_EMAIL, "password", "Salah-Sekali-2026");
        HttpResponse<String> unknown = browser.submit(page, "username", "tidak.ada@contoh.id", "password",
                "Salah-Sekali-2026");
        for (HttpResponse<String> response : java.util.List.of(wrong, unknown)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("NIK, alamat surel, atau kata sandi salah.")
                    .contains("action=\"&#47;v1&#47;sso&#47;login\"");
        }
        assertThat(browser.cookies).doesNotContainKey(LoginCookies.SESSION);
    }

    @Test
    @DisplayName("GEN-018: after five failed logins of an account the sixth attempt answers 429 with Retry-After, even with the right password")
    void failedLoginsAreThrottled() {
        Browser browser = browser();
        HttpResponse<String> page = browser.get(LoginFixture.web(Pkce.create(), "s", "n"));
        for (int i = 0; i < 5; i++) {
            assertThat(browser.submit(page, "username", BAGUS_EMAIL, "password", "Salah-" + i).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> throttled = browser.submit(page, "username", BAGUS_EMAIL, "password", BAGUS_PASSWORD);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(throttled.body()).contains("Terlalu banyak percobaan");
        assertThat(browser.cookies).doesNotContainKey(LoginCookies.SESSION);
    }

    @Test
    @DisplayName("SSO-018: declining on the consent page redirects with access_denied and no code; the page is in English with ui_locales=en")
    void consentDenied() {
        Browser browser = browser();
        HttpResponse<String> login = browser.get(LoginFixture.cli(Pkce.create(), "d1", "ui_locales", "en",
                "prompt", "consent"));
        assertThat(login.body()).contains("<html lang=\"en\"", "NIK or e-mail address");
        HttpResponse<String> consent = browser.submit(login, "username", DEWI_EMAIL, "password", DEWI_PASSWORD);
        assertThat(consent.body()).contains("Demo command-line app", "Your name, date of birth and language",
                "Allow", "Deny");
        HttpResponse<String> denied = browser.submit(consent, "decision", "deny");
        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(Browser.query(denied.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "access_denied").containsEntry("state", "d1").doesNotContainKey("code");
    }

    @Test
    @DisplayName("SSO-090, SSO-091: logout with the ID token as hint ends the session and redirects to the registered URI with state; the next authorize shows the login form")
    void logoutEndsTheSession() {
        Browser browser = browser();
        Pkce pkce = Pkce.create();
        String code = code(signIn(browser, LoginFixture.web(pkce, "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        String idToken = json(LoginFixture.exchangeWeb(http(), code, pkce).body()).path("id_token").asText();

        HttpResponse<String> logout = browser.get("/v1/sso/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A3000%2F&state=bye");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValue("http://localhost:3000/?state=bye");
        assertThat(browser.cookies).doesNotContainKey(LoginCookies.SESSION);

        HttpResponse<String> next = browser.get(LoginFixture.web(Pkce.create(), "s", "n"));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(next.body())).isEqualTo("/v1/sso/login");
        HttpResponse<String> silent = browser.get(LoginFixture.web(Pkce.create(), "s", "n", "prompt", "none"));
        assertThat(Browser.query(silent.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "login_required");
    }

    @Test
    @DisplayName("SSO-092: logout without a hint asks for confirmation, and only the confirming post ends the session")
    void logoutWithoutHintAsksFirst() {
        Browser browser = browser();
        code(signIn(browser, LoginFixture.web(Pkce.create(), "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));

        HttpResponse<String> confirm = browser.get("/v1/sso/logout");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(confirm.body())).isEqualTo("/v1/sso/logout/confirm");
        assertThat(browser.post("/v1/sso/logout/confirm", "request", Browser.hiddenFields(confirm.body()).get("request"),
                "decision", "logout").statusCode()).as("no CSRF token: refused").isEqualTo(403);
        code(browser.get(LoginFixture.web(Pkce.create(), "s", "n", "prompt", "none")));

        HttpResponse<String> done = browser.submit(confirm, "decision", "logout");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Anda sudah keluar");
        HttpResponse<String> silent = browser.get(LoginFixture.web(Pkce.create(), "s", "n", "prompt", "none"));
        assertThat(Browser.query(silent.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "login_required");
    }

    @Test
    @DisplayName("SSO-091: a post_logout_redirect_uri not registered for the client, or an id_token_hint not signed by the provider, answers 400, never redirects, and keeps the session")
    void unregisteredPostLogoutUriIsRefused() {
        Browser browser = browser();
        code(signIn(browser, LoginFixture.web(Pkce.create(), "s", "n"), DEWI_EMAIL, DEWI_PASSWORD));
        HttpResponse<String> refused = browser.get("/v1/sso/logout?client_id=demo-web"
                + "&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> forged = browser.get("/v1/sso/logout?id_token_hint=eyJhbGciOiJub25lIn0.e30."
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A3000%2F");
        assertThat(forged.statusCode()).as("a hint this provider did not sign").isEqualTo(400);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
        code(browser.get(LoginFixture.web(Pkce.create(), "s", "n", "prompt", "none")));
    }
}
