package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static id.mpp.conformance.tests.Flows.assertRefused;
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
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.List;

/** The clients a citizen consented to, and withdrawing a consent. */
@Profile("accounts")
public class ConsentTests {

    @Requirement({"ACC-050"})
    public void aConsentGivenOnTheConsentPageIsListedWithItsScopes(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens manage = fresh.signIn(ctx, "openid account email");
        JsonNode consent = find(list(ctx, manage.accessToken()), ctx.config().clients().get("confidential").clientId());
        assertThat(consent).as("the confidential client is listed").isNotNull();
        List<String> scopes = new java.util.ArrayList<>();
        consent.path("scopes").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).as("granted scopes").contains("openid", "account", "email");
        assertThat(consent.path("granted_at").asText()).as("granted_at").isNotEmpty();
        assertThat(consent.path("notice_version").asText()).as("notice_version").isNotEmpty();
        assertThat(consent.path("locale").asText()).as("locale").isIn("id", "en");
    }

    @Requirement({"ACC-051"})
    public void withdrawingAConsentEndsTheClientsTokensAndAsksAgain(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens app = ctx.oidc().signIn(ctx.http(), AuthRequest.of(ctx.config(), "public").scope("openid offline_access"),
                fresh.login(), Consent.ALLOW_ALL);
        Tokens manage = fresh.signIn(ctx, "openid account");
        String publicId = ctx.config().clients().get("public").clientId();
        Exchange e = ctx.http().send(HttpCall.method("DELETE", "/v1/me/consents/" + publicId)
                .header("Authorization", "Bearer " + manage.accessToken()));
        assertThat(e.status()).as("status of the withdrawal: %s", e.responseBody()).isEqualTo(204);
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "public", app.refreshToken(), null), 400, "invalid_grant");
        assertRefused(ctx, app.accessToken());
        assertThat(find(list(ctx, manage.accessToken()), publicId)).as("no longer listed").isNull();
        Browser browser = new Browser(ctx.http());
        ctx.oidc().authorize(browser, ctx.http(), AuthRequest.of(ctx.config(), "confidential"), fresh.login(),
                Consent.ALLOW_ALL);
        AuthRequest silent = AuthRequest.of(ctx.config(), "public").param("prompt", "none");
        Exchange again = browser.get(silent.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint")));
        assertThat(Redirect.of(again.header("location").orElseThrow()).params()).as("prompt=none after withdrawal")
                .containsEntry("error", "consent_required");
    }

    @Requirement({"ACC-052"})
    public void withdrawingAConsentThatDoesNotExistAnswers404(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens manage = fresh.signIn(ctx, "openid account");
        String publicId = ctx.config().clients().get("public").clientId();
        assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/me/consents/" + publicId)
                .header("Authorization", "Bearer " + manage.accessToken())), 404, "not-found");
        assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/me/consents/conformance-unknown-client")
                .header("Authorization", "Bearer " + manage.accessToken())), 404, "not-found");
    }

    private static JsonNode list(TestContext ctx, String token) {
        Exchange e = Flows.get(ctx, "/v1/me/consents", token);
        assertThat(e.status()).as("status of listMyConsents: %s", e.responseBody()).isEqualTo(200);
        return e.json().path("items");
    }

    private static JsonNode find(JsonNode items, String clientId) {
        for (JsonNode item : items) {
            if (clientId.equals(item.path("client_id").asText())) {
                return item;
            }
        }
        return null;
    }
}
