package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Browser;
import id.mpp.conformance.auth.Oidc.Consent;
import id.mpp.conformance.auth.Redirect;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.config.AccountConfig;
import id.mpp.conformance.http.Exchange;
import java.net.URI;

/** The authorization code flow with PKCE, signed in through the provider's own pages. */
@Profile("sso")
public class CodeFlowTests {

    @Requirement({"SSO-013", "SSO-001"})
    public void aSuccessfulSignInRedirectsWithCodeStateAndIss(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").scope("openid profile");
        Redirect r = ctx.oidc().authorize(new Browser(ctx.http()), ctx.http(), request, citizenA(ctx), Consent.ALLOW_ALL);
        assertThat(r.location().toString()).as("Location").startsWith(request.redirectUri() + "?");
        assertThat(r.params()).as("redirect parameters").containsKey("code").doesNotContainKey("error")
                .containsEntry("state", request.state()).containsEntry("iss", ctx.oidc().issuer());
    }

    @Requirement({"SSO-013"})
    public void withoutStateTheRedirectCarriesNoState(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").param("state", null);
        Redirect r = ctx.oidc().authorize(new Browser(ctx.http()), ctx.http(), request, citizenA(ctx), Consent.ALLOW_ALL);
        assertThat(r.params()).as("redirect parameters").containsKey("code").doesNotContainKey("state")
                .containsEntry("iss", ctx.oidc().issuer());
    }

    @Requirement({"SSO-012", "SSO-052"})
    public void aPublicLoopbackClientMayUseAnyPort(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "public");
        URI registered = URI.create(request.redirectUri());
        String withPort = registered.getScheme() + "://" + registered.getHost() + ":53117" + registered.getRawPath();
        request.param("redirect_uri", withPort);
        Redirect r = ctx.oidc().authorize(new Browser(ctx.http()), ctx.http(), request, citizenA(ctx), Consent.ALLOW_ALL);
        assertThat(r.location().getPort()).as("port of the redirect").isEqualTo(53117);
        Exchange e = ctx.oidc().exchangeCode(ctx.http(), request, r.code(), request.pkce().verifier());
        assertThat(e.status()).as("status of the public client's code exchange").isEqualTo(200);
        assertThat(e.json().path("access_token").isTextual()).as("access_token").isTrue();
    }

    @Requirement({"SSO-012", "SSO-011"})
    public void aLoopbackRedirectWithAnotherPathIsRefused(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "public");
        URI registered = URI.create(request.redirectUri());
        request.param("redirect_uri", registered.getScheme() + "://" + registered.getHost() + ":53117"
                + registered.getRawPath() + "-other");
        Exchange e = new Browser(ctx.http()).get(request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(e.status()).as("status").isEqualTo(400);
        assertThat(e.header("location")).as("Location").isEmpty();
    }

    @Requirement({"SSO-011"})
    public void aRedirectUriWithAnAddedQueryIsRefused(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        request.param("redirect_uri", request.redirectUri() + "?next=evil");
        Exchange e = new Browser(ctx.http()).get(request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(e.status()).as("status").isEqualTo(400);
        assertThat(e.header("location")).as("Location").isEmpty();
    }

    @Requirement({"SSO-011"})
    public void aMissingRedirectUriIsRefused(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").param("redirect_uri", null);
        Exchange e = ctx.http().send(id.mpp.conformance.http.HttpCall.get(
                request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint"))).header("Accept", "application/json"));
        assertThat(e.status()).as("status").isEqualTo(400);
        assertThat(e.header("location")).as("Location").isEmpty();
    }

    @Requirement({"SSO-018"})
    public void declingConsentRedirectsWithAccessDeniedAndNoCode(TestContext ctx) {
        AccountConfig fresh = Accounts.register(ctx).login();
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").scope("openid profile");
        Redirect r = ctx.oidc().authorize(new Browser(ctx.http()), ctx.http(), request, fresh, Consent.DENY);
        assertThat(r.params()).as("redirect parameters").containsEntry("error", "access_denied")
                .containsEntry("state", request.state()).doesNotContainKey("code");
    }

    @Requirement({"SSO-018", "SSO-019"})
    public void theConsentPageNamesTheClientListsTheScopesAndNeverPreselectsNik(TestContext ctx) {
        AccountConfig fresh = Accounts.register(ctx).login();
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").scope("openid email nik");
        Browser browser = new Browser(ctx.http());
        String url = request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint"));
        Exchange login = browser.get(url);
        var form = id.mpp.conformance.auth.HtmlForm.parse(login.responseBody()).get(0);
        var values = new java.util.LinkedHashMap<>(form.fields());
        values.put(ctx.config().login().usernameField(), fresh.username());
        values.put(ctx.config().login().passwordField(), fresh.password());
        Exchange e = browser.submit(url, form, values);
        for (int i = 0; i < 5 && (e.status() == 302 || e.status() == 303); i++) {
            url = URI.create(url).resolve(e.header("location").orElseThrow()).toString();
            e = browser.get(url);
        }
        assertThat(e.status()).as("status of the consent page").isEqualTo(200);
        assertThat(e.mediaType()).as("media type of the consent page").isEqualTo("text/html");
        assertThat(e.header("content-security-policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(e.header("cache-control").orElse("")).contains("no-store");
        String html = e.responseBody();
        assertThat(html).as("the consent page lists each requested scope").contains("email").contains("nik");
        assertThat(html).as("the consent page has no pre-ticked box").doesNotContainPattern("(?i)<input[^>]*checked");
        assertThat(id.mpp.conformance.auth.HtmlForm.parse(html).get(0).fields()).as("anti-CSRF field of the form")
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Requirement({"SSO-017", "SSO-064"})
    public void aSecondClientInTheSameBrowserNeedsNoSecondLogin(TestContext ctx) {
        Browser browser = new Browser(ctx.http());
        AuthRequest first = AuthRequest.of(ctx.config(), "confidential");
        Redirect r1 = ctx.oidc().authorize(browser, ctx.http(), first, citizenA(ctx), Consent.ALLOW_ALL);
        Tokens t1 = IdTokens.exchange(ctx, first, r1);
        AuthRequest second = AuthRequest.of(ctx.config(), "public");
        Redirect r2 = ctx.oidc().authorize(browser, ctx.http(), second, null, Consent.ALLOW_ALL);
        Tokens t2 = IdTokens.exchange(ctx, second, r2);
        JsonNode c1 = IdTokens.claims(t1.idToken());
        JsonNode c2 = IdTokens.claims(t2.idToken());
        assertThat(c2.path("sub").asText()).as("sub for the second client").isEqualTo(c1.path("sub").asText());
        assertThat(c2.path("auth_time").asLong()).as("auth_time for the second client")
                .isEqualTo(c1.path("auth_time").asLong());
    }

    @Requirement({"SSO-015"})
    public void promptNoneWithoutASessionRedirectsWithLoginRequired(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential").param("prompt", "none");
        Exchange e = new Browser(ctx.http()).get(request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(e.status()).as("status").isEqualTo(302);
        Redirect r = Redirect.of(e.header("location").orElseThrow());
        assertThat(r.params()).containsEntry("error", "login_required").containsEntry("state", request.state())
                .containsEntry("iss", ctx.oidc().issuer());
    }

    @Requirement({"SSO-015"})
    public void promptNoneWithASessionAndConsentRedirectsWithACode(TestContext ctx) {
        Browser browser = new Browser(ctx.http());
        ctx.oidc().authorize(browser, ctx.http(), AuthRequest.of(ctx.config(), "confidential"), citizenA(ctx),
                Consent.ALLOW_ALL);
        AuthRequest silent = AuthRequest.of(ctx.config(), "confidential").param("prompt", "none");
        Exchange e = browser.get(silent.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(e.status()).as("status").isEqualTo(302);
        assertThat(Redirect.of(e.header("location").orElseThrow()).params()).containsKey("code")
                .containsEntry("state", silent.state());
    }

    @Requirement({"SSO-015"})
    public void promptNoneWithoutConsentRedirectsWithConsentRequired(TestContext ctx) {
        AccountConfig fresh = Accounts.register(ctx).login();
        Browser browser = new Browser(ctx.http());
        ctx.oidc().authorize(browser, ctx.http(), AuthRequest.of(ctx.config(), "confidential"), fresh, Consent.ALLOW_ALL);
        AuthRequest silent = AuthRequest.of(ctx.config(), "public").scope("openid email").param("prompt", "none");
        Exchange e = browser.get(silent.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(e.status()).as("status").isEqualTo(302);
        assertThat(Redirect.of(e.header("location").orElseThrow()).params()).containsEntry("error", "consent_required")
                .doesNotContainKey("code");
    }

    @Requirement({"SSO-016"})
    public void promptLoginShowsTheLoginPageAgainAndAdvancesAuthTime(TestContext ctx) throws InterruptedException {
        Browser browser = new Browser(ctx.http());
        AuthRequest first = AuthRequest.of(ctx.config(), "confidential");
        Tokens t1 = IdTokens.exchange(ctx, first, ctx.oidc().authorize(browser, ctx.http(), first, citizenA(ctx),
                Consent.ALLOW_ALL));
        AuthRequest again = AuthRequest.of(ctx.config(), "confidential").param("prompt", "login");
        Exchange page = browser.get(again.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(page.status()).as("status with prompt=login and a session").isEqualTo(200);
        assertThat(id.mpp.conformance.auth.HtmlForm.parse(page.responseBody())).as("a login form")
                .anySatisfy(f -> assertThat(f.hasPasswordField()).isTrue());
        Thread.sleep(1100); // auth_time has a resolution of one second
        Tokens t2 = IdTokens.exchange(ctx, again, ctx.oidc().authorize(browser, ctx.http(), again, citizenA(ctx),
                Consent.ALLOW_ALL));
        assertThat(IdTokens.claims(t2.idToken()).path("auth_time").asLong()).as("auth_time after prompt=login")
                .isGreaterThan(IdTokens.claims(t1.idToken()).path("auth_time").asLong());
    }

    @Requirement({"SSO-016"})
    public void maxAgeZeroShowsTheLoginPageAgain(TestContext ctx) {
        Browser browser = new Browser(ctx.http());
        ctx.oidc().authorize(browser, ctx.http(), AuthRequest.of(ctx.config(), "confidential"), citizenA(ctx),
                Consent.ALLOW_ALL);
        AuthRequest again = AuthRequest.of(ctx.config(), "confidential").param("max_age", "0");
        Exchange page = browser.get(again.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(page.status()).as("status with max_age=0 and a session").isEqualTo(200);
        assertThat(id.mpp.conformance.auth.HtmlForm.parse(page.responseBody())).as("a login form")
                .anySatisfy(f -> assertThat(f.hasPasswordField()).isTrue());
    }

    @Requirement({"SSO-019"})
    public void aLoginPostWithoutTheCsrfTokenChangesNothing(TestContext ctx) {
        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Browser browser = new Browser(ctx.http());
        String url = request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint"));
        Exchange page = browser.get(url);
        var form = id.mpp.conformance.auth.HtmlForm.parse(page.responseBody()).get(0);
        var values = new java.util.LinkedHashMap<String, String>();
        form.fields().forEach((k, v) -> {
            if (!"hidden".equals(form.inputTypes().get(k)) || !k.toLowerCase().contains("csrf")) {
                values.put(k, v);
            }
        });
        assertThat(values.size()).as("the login form carries an anti-CSRF field").isLessThan(form.fields().size());
        values.put(ctx.config().login().usernameField(), citizenA(ctx).username());
        values.put(ctx.config().login().passwordField(), citizenA(ctx).password());
        Exchange e = browser.submit(url, form, values);
        assertThat(e.status()).as("status of a login post without its anti-CSRF token").isBetween(400, 499);
        AuthRequest silent = AuthRequest.of(ctx.config(), "confidential").param("prompt", "none");
        Exchange after = browser.get(silent.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(Redirect.of(after.header("location").orElseThrow()).params()).as("no session was made")
                .containsEntry("error", "login_required");
    }

    static AccountConfig citizenA(TestContext ctx) {
        return ctx.config().accounts().get("citizen_a");
    }
}
