package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Flows.account;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Browser;
import id.mpp.conformance.auth.HtmlForm;
import id.mpp.conformance.auth.Oidc.Consent;
import id.mpp.conformance.auth.Redirect;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** RP-initiated logout (capability rp-initiated-logout). */
@Profile("sso")
public class LogoutTests {

    @Requirement({"SSO-090", "SSO-091"})
    public void logoutWithAHintEndsTheSessionAndRedirectsWithState(TestContext ctx) {
        Browser browser = new Browser(ctx.http());
        Tokens t = signedIn(ctx, browser);
        String postLogout = ctx.config().clients().get("confidential").postLogoutRedirect();
        Exchange e = browser.get(logoutUrl(ctx, Map.of("id_token_hint", t.idToken(), "post_logout_redirect_uri",
                postLogout, "state", "bye-1")));
        assertThat(e.status()).as("status of the logout").isEqualTo(302);
        String location = e.header("location").orElse("");
        assertThat(location).as("Location").startsWith(postLogout);
        assertThat(Redirect.of(location).params()).containsEntry("state", "bye-1");
        assertSignedOut(ctx, browser);
    }

    @Requirement({"SSO-091"})
    public void anUnregisteredPostLogoutUriAnswers400AndKeepsTheSession(TestContext ctx) {
        Browser browser = new Browser(ctx.http());
        Tokens t = signedIn(ctx, browser);
        Exchange e = browser.get(logoutUrl(ctx, Map.of("id_token_hint", t.idToken(), "post_logout_redirect_uri",
                "https://evil.conformance.example/")));
        assertThat(e.status()).as("status of the logout").isEqualTo(400);
        assertThat(e.header("location")).as("Location").isEmpty();
        assertStillSignedIn(ctx, browser);
    }

    @Requirement({"SSO-092"})
    public void logoutWithoutAHintAsksAndEndsTheSessionOnlyOnConfirmation(TestContext ctx) {
        Browser browser = new Browser(ctx.http());
        signedIn(ctx, browser);
        String url = logoutUrl(ctx, Map.of());
        Exchange page = browser.get(url);
        assertThat(page.status()).as("status of the confirmation page").isEqualTo(200);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.header("x-frame-options").orElse("")).as("X-Frame-Options").isEqualToIgnoringCase("DENY");
        assertStillSignedIn(ctx, browser);
        page = browser.get(url);
        HtmlForm form = HtmlForm.parse(page.responseBody()).get(0);
        Map<String, String> values = new LinkedHashMap<>(form.fields());
        form.buttons().stream().filter(b -> b.getValue().matches("(?i)logout|confirm|yes|keluar")).findFirst()
                .or(() -> form.buttons().stream().findFirst()).ifPresent(b -> values.put(b.getKey(), b.getValue()));
        Exchange confirmed = browser.submit(url, form, values);
        assertThat(confirmed.status()).as("status of the confirmation").isIn(200, 302, 303);
        assertSignedOut(ctx, browser);
    }

    private static Tokens signedIn(TestContext ctx, Browser browser) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Redirect r = ctx.oidc().authorize(browser, ctx.http(), request, account(ctx, "citizen_b"), Consent.ALLOW_ALL);
        return IdTokens.exchange(ctx, request, r);
    }

    private static void assertSignedOut(TestContext ctx, Browser browser) {
        assertThat(silent(ctx, browser, "public").params()).as("prompt=none after the logout")
                .containsEntry("error", "login_required");
    }

    private static void assertStillSignedIn(TestContext ctx, Browser browser) {
        assertThat(silent(ctx, browser, "confidential").params()).as("prompt=none: the session is kept")
                .containsKey("code");
    }

    private static Redirect silent(TestContext ctx, Browser browser, String clientRole) {
        AuthRequest silent = AuthRequest.of(ctx.config(), clientRole).param("prompt", "none");
        Exchange e = browser.get(silent.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(e.status()).as("status of prompt=none").isEqualTo(302);
        return Redirect.of(URI.create(e.url()).resolve(e.header("location").orElseThrow()).toString());
    }

    private static String logoutUrl(TestContext ctx, Map<String, String> params) {
        StringBuilder url = new StringBuilder(ctx.oidc().endpoint(ctx.http(), "end_session_endpoint"));
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }
}
