package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static id.mpp.conformance.tests.Flows.assertOAuthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.config.AccountConfig;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.UUID;

/** Changing the password. */
@Profile("accounts")
public class PasswordTests {

    @Requirement({"ACC-020"})
    public void aWrongCurrentPasswordIsRefusedAndTheOldOneKeepsWorking(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens t = fresh.signIn(ctx, "openid account");
        Exchange e = change(ctx, t, "Wrong-" + fresh.password(), "Uji-Baru-" + UUID.randomUUID());
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/current_password");
        fresh.signIn(ctx, "openid");
    }

    @Requirement({"ACC-006"})
    public void aNewPasswordBreakingThePolicyIsRefusedAtNewPassword(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens t = fresh.signIn(ctx, "openid account");
        assertThat(pointers(assertProblem(change(ctx, t, fresh.password(), "short"), 400, "validation-error")))
                .contains("#/new_password");
        assertThat(pointers(assertProblem(change(ctx, t, fresh.password(), "Baru-" + fresh.nik()), 400,
                "validation-error"))).contains("#/new_password");
        fresh.signIn(ctx, "openid");
    }

    @Requirement({"ACC-021"})
    public void aPasswordChangeEndsOtherSessionsButKeepsTheOwn(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens other = fresh.signIn(ctx, "openid offline_access");
        Tokens own = fresh.signIn(ctx, "openid account offline_access");
        String newPassword = "Uji-Baru-" + UUID.randomUUID();
        assertThat(change(ctx, own, fresh.password(), newPassword).status()).as("status of the change").isEqualTo(204);
        assertOAuthError(ctx.oidc().refresh(ctx.http(), "confidential", other.refreshToken(), null), 400, "invalid_grant");
        assertThat(ctx.oidc().refresh(ctx.http(), "confidential", own.refreshToken(), null).status())
                .as("the refresh token of the session that changed it").isEqualTo(200);
        Flows.signIn(ctx, "confidential", "openid", new AccountConfig(fresh.email(), newPassword, null, null));
    }

    static Exchange change(TestContext ctx, Tokens t, String current, String next) {
        ObjectNode body = Accounts.JSON.createObjectNode().put("current_password", current).put("new_password", next);
        return ctx.http().send(HttpCall.method("POST", "/v1/me/password").header("Authorization", "Bearer " + t.accessToken())
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("application/json", body.toString()));
    }
}
