package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.util.UUID;

/**
 * Verifying the own e-mail address with a mailed code: what can be proved without reading the mail (wrong codes,
 * the lock after five, the resend limit, an address already verified).
 */
@Profile("accounts")
public class EmailVerificationTests {

    private static final String REQUEST = "/v1/me/email-verification";
    private static final String CONFIRM = "/v1/me/email-verification/confirmation";
    private static final int ATTEMPTS = 5;

    @Requirement({"ACC-031"})
    public void wrongCodesAreRefusedAtCodeAndTheFifthLocksTheCode(TestContext ctx) {
        String bearer = unverifiedAccount(ctx);
        Exchange challenge = post(ctx, bearer, REQUEST, null);
        assertThat(challenge.status()).as("status of requestEmailVerification: %s", challenge.responseBody())
                .isEqualTo(202);
        assertThat(challenge.json().path("attempts_allowed").asInt()).isEqualTo(ATTEMPTS);
        String code = wrongCode();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            JsonNode problem = assertProblem(post(ctx, bearer, CONFIRM, "{\"code\":\"" + code + "\"}"), 400,
                    "validation-error");
            assertThat(pointers(problem)).as("pointers of wrong code %d", attempt).containsExactly("#/code");
        }
        assertThat(me(ctx, bearer).path("email_verified").asBoolean()).as("email_verified after wrong codes").isFalse();
        assertProblem(post(ctx, bearer, CONFIRM, "{\"code\":\"" + code + "\"}"), 409, "conflict");
        assertThat(me(ctx, bearer).path("email_verified").asBoolean()).isFalse();
    }

    @Requirement({"ACC-032", "GEN-018"})
    public void aSecondCodeWithinAMinuteAnswers429WithRetryAfterInSeconds(TestContext ctx) {
        String bearer = unverifiedAccount(ctx);
        Exchange first = post(ctx, bearer, REQUEST, null);
        assertThat(first.status()).as("status of the first request: %s", first.responseBody()).isEqualTo(202);
        Exchange second = post(ctx, bearer, REQUEST, null);
        assertProblem(second, 429, "rate-limited");
        String retryAfter = second.header("Retry-After").orElse("");
        assertThat(retryAfter).as("Retry-After of the 429").matches("[0-9]+");
        assertThat(Integer.parseInt(retryAfter)).as("seconds to wait").isBetween(1, 60);
    }

    @Requirement({"ACC-032"})
    public void aCodeForAnAddressAlreadyVerifiedAnswers409(TestContext ctx) {
        String bearer = ctx.bearer("citizen_a");
        assertThat(me(ctx, bearer).path("email_verified").asBoolean())
                .as("citizen_a's e-mail address must be verified (vendor.example.yaml, accounts)").isTrue();
        assertProblem(post(ctx, bearer, REQUEST, null), 409, "conflict");
    }

    /** A fresh account, whose address is not verified yet, signed in with the {@code account} scope. */
    private static String unverifiedAccount(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        String bearer = "Bearer " + fresh.signIn(ctx, "openid account").accessToken();
        assertThat(me(ctx, bearer).path("email_verified").asBoolean()).as("a new account's email_verified").isFalse();
        return bearer;
    }

    /** Six digits; a mailed code matches it once in a million runs. */
    private static String wrongCode() {
        return String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
    }

    private static JsonNode me(TestContext ctx, String bearer) {
        Exchange e = ctx.http().send(HttpCall.get("/v1/me").header("Authorization", bearer));
        assertThat(e.status()).as("status of getMe: %s", e.responseBody()).isEqualTo(200);
        return e.json();
    }

    private static Exchange post(TestContext ctx, String bearer, String path, String json) {
        HttpCall call = HttpCall.method("POST", path).header("Authorization", bearer)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        return ctx.http().send(json == null ? call : call.body("application/json", json));
    }
}
