package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Pkce;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.time.LocalDate;
import java.util.UUID;

/** Idempotency-Key on POST: replays, a reused key with another body, keys scoped to the user. */
@Profile("accounts")
public class IdempotencyTests {

    @Requirement({"GEN-009"})
    public void aRepeatedRegistrationReplaysTheFirstAnswerAndCreatesNothingMore(TestContext ctx) {
        String key = UUID.randomUUID().toString();
        String body = registration(ctx).toString();
        Exchange first = post(ctx, "/v1/accounts", key, body, null);
        assertThat(first.status()).as("status: %s", first.responseBody()).isEqualTo(201);
        Exchange again = post(ctx, "/v1/accounts", key, body, null);
        assertThat(again.status()).as("status of the replay").isEqualTo(201);
        assertThat(again.json().path("id")).as("the same account").isEqualTo(first.json().path("id"));
        assertThat(again.json()).as("the same body").isEqualTo(first.json());
    }

    @Requirement({"GEN-010"})
    public void aKeyReusedWithAnotherBodyAnswers422AndCreatesNothing(TestContext ctx) {
        String key = UUID.randomUUID().toString();
        Exchange first = post(ctx, "/v1/accounts", key, registration(ctx).toString(), null);
        assertThat(first.status()).as("status: %s", first.responseBody()).isEqualTo(201);
        ObjectNode other = registration(ctx);
        Exchange reused = post(ctx, "/v1/accounts", key, other.toString(), null);
        assertProblem(reused, 422, "idempotency-key-reused");
        Exchange fresh = post(ctx, "/v1/accounts", UUID.randomUUID().toString(), other.toString(), null);
        assertThat(fresh.status()).as("the other body had no effect: it registers now").isEqualTo(201);
    }

    @Requirement({"GEN-010"})
    public void aKeyReusedOnAnotherOperationAnswers422(TestContext ctx) {
        MeTests.Fixture f = MeTests.fixture(ctx);
        String key = UUID.randomUUID().toString();
        Exchange check = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", f.bearer())
                .header("If-Match", f.etag()).header("Idempotency-Key", key)
                .body("application/json", "{\"registry_check_consent\":true}"));
        assertThat(check.status()).as("status of the NIK check: %s", check.responseBody()).isEqualTo(200);
        Exchange password = post(ctx, "/v1/me/password", key, "{\"current_password\":\"" + f.fresh().password()
                + "\",\"new_password\":\"Uji-Baru-" + UUID.randomUUID() + "\"}", f.bearer());
        assertProblem(password, 422, "idempotency-key-reused");
    }

    @Requirement({"GEN-012"})
    public void theSameKeyFromAnotherUserIsANewRequest(TestContext ctx) {
        MeTests.Fixture a = MeTests.fixture(ctx);
        MeTests.Fixture b = MeTests.fixture(ctx);
        String key = UUID.randomUUID().toString();
        String body = "{\"registry_check_consent\":true}";
        Exchange first = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", a.bearer())
                .header("If-Match", a.etag()).header("Idempotency-Key", key).body("application/json", body));
        assertThat(first.status()).as("status for the first user: %s", first.responseBody()).isEqualTo(200);
        Exchange second = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", b.bearer())
                .header("If-Match", b.etag()).header("Idempotency-Key", key).body("application/json", body));
        assertThat(second.status()).as("status for the second user: %s", second.responseBody()).isEqualTo(200);
        assertThat(second.header("idempotent-replayed")).as("not a replay").isEmpty();
        assertThat(second.json().path("id")).as("the second user's own account").isNotEqualTo(first.json().path("id"));
    }

    private static ObjectNode registration(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        return Accounts.body(ctx, Accounts.nik(birth, false), "Uji Kesesuaian", birth, Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
    }

    private static Exchange post(TestContext ctx, String path, String key, String body, String bearer) {
        HttpCall call = HttpCall.method("POST", path).header("Idempotency-Key", key).body("application/json", body);
        if (bearer != null) {
            call.header("Authorization", bearer);
        }
        return ctx.http().send(call);
    }
}
