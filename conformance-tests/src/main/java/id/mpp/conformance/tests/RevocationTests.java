package id.mpp.conformance.tests;

import static id.mpp.conformance.tests.Flows.account;
import static id.mpp.conformance.tests.Flows.assertAccepted;
import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static id.mpp.conformance.tests.Flows.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** RFC 7009 revocation. */
@Profile("sso")
public class RevocationTests {

    @Requirement({"SSO-070"})
    public void revokingARefreshTokenEndsItAndItsAccessTokens(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        Exchange e = ctx.oidc().revoke(ctx.http(), "confidential", t.refreshToken(), "refresh_token");
        assertThat(e.status()).as("status of the revocation").isEqualTo(200);
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null), 400, "invalid_grant");
        assertRefused(ctx, t.accessToken());
    }

    @Requirement({"SSO-070"})
    public void aPublicClientRevokesItsOwnRefreshToken(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "public", "openid offline_access", account(ctx, "citizen_a"));
        assertThat(ctx.oidc().revoke(ctx.http(), "public", t.refreshToken(), null).status()).isEqualTo(200);
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "public", t.refreshToken(), null), 400, "invalid_grant");
    }

    @Requirement({"SSO-071"})
    public void revokingAnUnknownOrMalformedTokenAnswers200WithAnEmptyBody(TestContext ctx) {
        for (String token : new String[] {"conformance-unknown-token-0123456789", "not.a.jwt", "a"}) {
            Exchange e = ctx.oidc().revoke(ctx.http(), "confidential", token, null);
            assertThat(e.status()).as("status of revoking %s", token).isEqualTo(200);
            assertThat(e.responseBody() == null ? "" : e.responseBody().strip()).as("body").isEmpty();
        }
    }

    @Requirement({"SSO-071"})
    public void revokingATokenTwiceAnswers200BothTimes(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        assertThat(ctx.oidc().revoke(ctx.http(), "confidential", t.refreshToken(), null).status()).isEqualTo(200);
        Exchange again = ctx.oidc().revoke(ctx.http(), "confidential", t.refreshToken(), null);
        assertThat(again.status()).as("status of the second revocation").isEqualTo(200);
        assertThat(again.responseBody() == null ? "" : again.responseBody().strip()).as("body").isEmpty();
    }

    @Requirement({"SSO-072"})
    public void revokingAnotherClientsTokenAnswersUnauthorizedClientAndChangesNothing(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        assertOAuthError(ctx.oidc().revoke(ctx.http(), "agency_backend", t.refreshToken(), "refresh_token"), 400,
                "unauthorized_client");
        assertOAuthError(ctx.oidc().revoke(ctx.http(), "agency_backend", t.accessToken(), "access_token"), 400,
                "unauthorized_client");
        assertAccepted(ctx, t.accessToken());
        assertThat(ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null).status())
                .as("the refresh token still works for its own client").isEqualTo(200);
    }

    @Requirement({"SSO-050", "SSO-037"})
    public void revocationWithoutClientAuthenticationAnswersInvalidClient(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid offline_access", account(ctx, "citizen_a"));
        String url = ctx.oidc().endpoint(ctx.http(), "revocation_endpoint");
        Exchange e = ctx.http().send(HttpCall.method("POST", url).header("Accept", "application/json").body(
                "application/x-www-form-urlencoded", "client_id=" + ctx.config().clients().get("confidential").clientId()
                        + "&token=" + t.refreshToken()));
        assertOAuthError(e, 401, "invalid_client");
        assertThat(e.header("www-authenticate")).as("WWW-Authenticate").isPresent();
        assertThat(ctx.oidc().refresh(ctx.http(), "confidential", t.refreshToken(), null).status())
                .as("the refresh token was not revoked").isEqualTo(200);
    }

    @Requirement({"SSO-050"})
    public void revocationWithAWrongSecretAnswersInvalidClient(TestContext ctx) {
        var web = ctx.config().clients().get("confidential");
        var wrong = new id.mpp.conformance.config.ClientConfig(web.clientId(), web.clientSecret() + "-wrong", null);
        Exchange e = ctx.http().send(HttpCall.method("POST", ctx.oidc().endpoint(ctx.http(), "revocation_endpoint"))
                .header("Authorization", id.mpp.conformance.auth.Oidc.basic(wrong)).header("Accept", "application/json")
                .body("application/x-www-form-urlencoded", "token=whatever"));
        assertOAuthError(e, 401, "invalid_client");
    }
}
