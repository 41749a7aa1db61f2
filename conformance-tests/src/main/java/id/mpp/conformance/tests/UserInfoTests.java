package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.tests.Flows.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Oidc.Consent;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;

/** UserInfo: the claims each scope releases, and nothing more. */
@Profile("sso")
public class UserInfoTests {

    @Requirement({"SSO-061", "SSO-064"})
    public void openidAloneReleasesOnlySub(TestContext ctx) {
        Tokens t = Flows.signIn(ctx, "confidential", "openid", account(ctx, "citizen_a"));
        JsonNode info = ok(ctx, t);
        assertThat(info.path("sub").asText()).as("sub").isEqualTo(IdTokens.claims(t.idToken()).path("sub").asText());
        assertThat(info.has("name")).as("name").isFalse();
        assertThat(info.has("email")).as("email").isFalse();
        assertThat(info.has("phone_number")).as("phone_number").isFalse();
        assertThat(info.has("nik")).as("nik").isFalse();
    }

    @Requirement({"SSO-061"})
    public void profileReleasesNameAndAcrButNoEmail(TestContext ctx) {
        JsonNode info = ok(ctx, Flows.signIn(ctx, "confidential", "openid profile", account(ctx, "citizen_a")));
        assertThat(info.path("name").isTextual()).as("name").isTrue();
        assertThat(info.path("acr").isTextual()).as("acr").isTrue();
        assertThat(info.has("email")).as("email").isFalse();
        assertThat(info.has("email_verified")).as("email_verified").isFalse();
    }

    @Requirement({"SSO-061"})
    public void emailReleasesTheAddressAndWhetherItIsVerified(TestContext ctx) {
        JsonNode info = ok(ctx, Flows.signIn(ctx, "confidential", "openid email", account(ctx, "citizen_a")));
        assertThat(info.path("email").asText()).as("email").isNotEmpty();
        assertThat(info.path("email_verified").isBoolean()).as("email_verified").isTrue();
        assertThat(info.has("name")).as("name").isFalse();
        assertThat(info.has("birthdate")).as("birthdate").isFalse();
    }

    @Requirement({"SSO-062"})
    public void theNikIsReleasedOnlyWhenTheCitizenTickedIt(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens without = ctx.oidc().signIn(ctx.http(), AuthRequest.of(ctx.config(), "confidential")
                .scope("openid nik"), fresh.login(), Consent.ALLOW_WITHOUT_NIK);
        assertThat(ok(ctx, without).has("nik")).as("nik without the citizen ticking it").isFalse();
    }

    @Requirement({"SSO-062"})
    public void theNikIsReleasedUnderTheNikScopeTheCitizenConsentedTo(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens with = fresh.signIn(ctx, "openid nik");
        assertThat(ok(ctx, with).path("nik").asText()).as("nik with consent").isEqualTo(fresh.nik());
    }

    @Requirement({"SSO-063"})
    public void aClientCredentialsTokenAnswers403(TestContext ctx) {
        assertProblem(Flows.userInfo(ctx, ctx.oidc().agencyToken(ctx.http(), null)), 403, "insufficient-scope");
    }

    @Requirement({"SSO-063"})
    public void aTokenWithoutOpenidAnswers403(TestContext ctx) {
        Exchange t = ctx.oidc().refresh(ctx.http(), "confidential",
                Flows.signIn(ctx, "confidential", "openid account offline_access", account(ctx, "citizen_a")).refreshToken(),
                "account offline_access");
        assertThat(t.status()).as("status of a refresh narrowed to account: %s", t.responseBody()).isEqualTo(200);
        assertProblem(Flows.userInfo(ctx, t.json().path("access_token").asText()), 403, "insufficient-scope");
    }

    @Requirement({"SSO-064"})
    public void subIsTheSameForEveryClient(TestContext ctx) {
        Tokens web = Flows.signIn(ctx, "confidential", "openid", account(ctx, "citizen_b"));
        Tokens app = Flows.signIn(ctx, "public", "openid", account(ctx, "citizen_b"));
        assertThat(ok(ctx, app).path("sub").asText()).as("sub for the public client")
                .isEqualTo(ok(ctx, web).path("sub").asText());
        assertThat(ok(ctx, web).path("sub").asText()).as("another citizen's sub")
                .isNotEqualTo(IdTokens.claims(ctx.token("citizen_a")).path("sub").asText());
    }

    @Requirement({"GEN-023", "SSO-061"})
    public void userInfoIsNeverStored(TestContext ctx) {
        Exchange e = Flows.userInfo(ctx, ctx.token("citizen_a"));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.header("cache-control").orElse("")).as("Cache-Control").contains("no-store");
        assertThat(e.header("x-content-type-options").orElse("")).as("X-Content-Type-Options").isEqualTo("nosniff");
    }

    private static JsonNode ok(TestContext ctx, Tokens t) {
        Exchange e = Flows.userInfo(ctx, t.accessToken());
        assertThat(e.status()).as("status of UserInfo: %s", e.responseBody()).isEqualTo(200);
        return e.json();
    }
}
