package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static id.mpp.conformance.tests.Flows.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Browser;
import id.mpp.conformance.auth.HtmlForm;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deleting the own account. */
@Profile("accounts")
public class DeletionTests {

    @Requirement({"ACC-061", "GEN-015"})
    public void afterDeletionTokensAreRefusedSignInFailsAndTheNikCanRegisterAgain(TestContext ctx) {
        MeTests.Fixture f = MeTests.fixture(ctx);
        String oldSub = IdTokens.claims(f.tokens().idToken()).path("sub").asText();
        Exchange e = ctx.http().send(HttpCall.method("DELETE", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag()));
        assertThat(e.status()).as("status of the deletion: %s", e.responseBody()).isEqualTo(204);
        assertRefused(ctx, f.tokens().accessToken());
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", f.tokens().refreshToken(), null), 400,
                "invalid_grant");

        AuthRequest request = AuthRequest.of(ctx.config(), "confidential");
        Browser browser = new Browser(ctx.http());
        String url = request.url(ctx.oidc().endpoint(ctx.http(), "authorization_endpoint"));
        HtmlForm form = HtmlForm.parse(browser.get(url).responseBody()).get(0);
        Map<String, String> values = new LinkedHashMap<>(form.fields());
        values.put(ctx.config().login().usernameField(), f.fresh().email());
        values.put(ctx.config().login().passwordField(), f.fresh().password());
        Exchange login = browser.submit(url, form, values);
        assertThat(login.status() == 302 && login.header("location").orElse("").contains("code="))
                .as("signing in to a deleted account gives no code").isFalse();

        ObjectNode again = Accounts.body(ctx, f.fresh().nik(), f.fresh().fullName(), f.fresh().birthDate(),
                f.fresh().email(), f.fresh().password());
        Exchange re = Accounts.post(ctx, again);
        assertThat(re.status()).as("status of registering the NIK and e-mail again: %s", re.responseBody()).isEqualTo(201);
        Accounts.Fresh reborn = new Accounts.Fresh(f.fresh().nik(), f.fresh().email(), f.fresh().password(),
                f.fresh().fullName(), f.fresh().birthDate(), re.json());
        String newSub = IdTokens.claims(reborn.signIn(ctx, "openid").idToken()).path("sub").asText();
        assertThat(newSub).as("the new account's SubjectId").isNotEqualTo(oldSub);
    }

    @Requirement({"ACC-060"})
    public void anAccountWithAnOpenApplicationCannotBeDeleted(TestContext ctx) {
        String bearer = "Bearer " + Accounts.register(ctx).signIn(ctx, "openid account " + ApplicationIdempotencyTests.SCOPES
                .substring("openid ".length())).accessToken();
        Applications.submitted(ctx, bearer, Applications.basicService(ctx));
        Exchange me = ctx.http().send(HttpCall.get("/v1/me").header("Authorization", bearer));
        assertThat(me.status()).as("status of getMe: %s", me.responseBody()).isEqualTo(200);
        String etag = me.header("ETag").orElse("");
        assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/me").header("Authorization", bearer)
                .header("If-Match", etag)), 409, "account-has-open-applications");
        Exchange after = ctx.http().send(HttpCall.get("/v1/me").header("Authorization", bearer));
        assertThat(after.status()).as("status of getMe after the refusal").isEqualTo(200);
        assertThat(after.header("ETag").orElse("")).as("ETag after the refusal").isEqualTo(etag);
        assertThat(after.json()).as("the account after the refusal").isEqualTo(me.json());
    }
}
