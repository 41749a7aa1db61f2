package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Browser;
import id.mpp.conformance.auth.Oidc.Consent;
import id.mpp.conformance.auth.Redirect;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.config.AccountConfig;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** Steps that many sign-in tests share. */
final class Flows {

    private Flows() {
    }

    /** A test account's configuration. */
    static AccountConfig account(TestContext ctx, String role) {
        return ctx.config().accounts().get(role);
    }

    /** Signs the account in through the client of this role with these scopes, in a browser of its own. */
    static Tokens signIn(TestContext ctx, String clientRole, String scopes, AccountConfig account) {
        return ctx.oidc().signIn(ctx.http(), AuthRequest.of(ctx.config(), clientRole).scope(scopes), account,
                Consent.ALLOW_ALL);
    }

    /** Signs in and answers the request and its redirect, without redeeming the code. */
    static Redirect codeFor(TestContext ctx, AuthRequest request, AccountConfig account) {
        Redirect r = ctx.oidc().authorize(new Browser(ctx.http()), ctx.http(), request, account, Consent.ALLOW_ALL);
        assertThat(r.params()).as("authorization answer").containsKey("code");
        return r;
    }

    /** GET with a bearer token. */
    static Exchange get(TestContext ctx, String path, String accessToken) {
        return ctx.http().send(HttpCall.get(path).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json"));
    }

    /** The UserInfo endpoint with this token. */
    static Exchange userInfo(TestContext ctx, String accessToken) {
        return get(ctx, ctx.oidc().endpoint(ctx.http(), "userinfo_endpoint"), accessToken);
    }

    /** Asserts a token endpoint error. */
    static JsonNode assertOAuthError(Exchange e, int status, String error) {
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(status);
        assertThat(e.mediaType()).as("media type of an OAuth error").isEqualTo("application/json");
        JsonNode body = e.json();
        assertThat(body.path("error").asText()).as("error").isEqualTo(error);
        assertThat(body.path("type").asText()).as("type")
                .isEqualTo("https://mpp-digital.go.id/problems/oauth-" + error.replace('_', '-'));
        assertThat(body.path("status").asInt()).as("status member").isEqualTo(status);
        return body;
    }

    /** Asserts the access token is refused as a bearer token: 401 with the invalid_token challenge. */
    static void assertRefused(TestContext ctx, String accessToken) {
        Exchange e = userInfo(ctx, accessToken);
        assertThat(e.status()).as("status of UserInfo with a token that must be refused").isEqualTo(401);
        assertThat(e.header("www-authenticate").orElse("")).as("WWW-Authenticate").startsWithIgnoringCase("Bearer")
                .contains("invalid_token");
        assertProblem(e, 401, "unauthenticated");
    }

    /** Asserts the access token is accepted at UserInfo. */
    static void assertAccepted(TestContext ctx, String accessToken) {
        Exchange e = userInfo(ctx, accessToken);
        assertThat(e.status()).as("status of UserInfo with a valid token: %s", e.responseBody()).isEqualTo(200);
    }
}
