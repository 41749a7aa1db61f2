package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Flows.account;
import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** RFC 7662 introspection (capability introspection). */
@Profile("sso")
public class IntrospectionTests {

    @Requirement({"SSO-080"})
    public void introspectionWithoutClientAuthenticationAnswersInvalidClient(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("POST", ctx.oidc().endpoint(ctx.http(), "introspection_endpoint"))
                .header("Accept", "application/json")
                .body("application/x-www-form-urlencoded", "token=" + ctx.token("citizen_a")));
        assertOAuthError(e, 401, "invalid_client");
        assertThat(e.json().has("active")).as("nothing about the token").isFalse();
    }

    @Requirement({"SSO-080"})
    public void introspectionByAPublicClientAnswersInvalidClient(TestContext ctx) {
        Exchange e = ctx.oidc().introspect(ctx.http(), "public", ctx.token("citizen_a"));
        assertOAuthError(e, 401, "invalid_client");
        assertThat(e.json().has("active")).as("nothing about the token").isFalse();
    }

    @Requirement({"SSO-081"})
    public void anUnknownOrMalformedTokenIsInactive(TestContext ctx) {
        for (String token : new String[] {"conformance-unknown-token", "not.a.jwt"}) {
            assertInactive(ctx.oidc().introspect(ctx.http(), "confidential", token));
        }
    }

    @Requirement({"SSO-081"})
    public void aRevokedTokenIsInactive(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid", account(ctx, "citizen_a"));
        assertThat(ctx.oidc().revoke(ctx.http(), "confidential", t.accessToken(), null).status()).isEqualTo(200);
        assertInactive(ctx.oidc().introspect(ctx.http(), "confidential", t.accessToken()));
    }

    @Requirement({"SSO-081"})
    public void aTokenOfAnotherClientIsInactive(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "public", "openid", account(ctx, "citizen_a"));
        assertInactive(ctx.oidc().introspect(ctx.http(), "confidential", t.accessToken()));
    }

    @Requirement({"SSO-082", "SSO-062"})
    public void anActiveTokenIsDescribedByItsOwnClaims(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens t = fresh.signIn(ctx, "openid profile nik");
        Exchange e = ctx.oidc().introspect(ctx.http(), "confidential", t.accessToken());
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(200);
        JsonNode body = e.json();
        JsonNode claims = IdTokens.claims(t.accessToken());
        assertThat(body.path("active").asBoolean()).as("active").isTrue();
        for (String name : new String[] {"scope", "client_id", "sub", "exp", "iat", "iss"}) {
            assertThat(body.path(name)).as(name).isEqualTo(claims.path(name));
        }
        assertThat(body.path("aud").toString()).as("aud").contains(claims.path("aud").isArray()
                ? claims.path("aud").get(0).asText() : claims.path("aud").asText());
        assertThat(e.responseBody()).as("no NIK").doesNotContain(fresh.nik());
    }

    private static void assertInactive(Exchange e) {
        assertThat(e.status()).as("status").isEqualTo(200);
        JsonNode body = e.json();
        assertThat(body.path("active").asBoolean(true)).as("active").isFalse();
        assertThat(body.size()).as("members of an inactive answer: %s", body).isEqualTo(1);
    }
}
