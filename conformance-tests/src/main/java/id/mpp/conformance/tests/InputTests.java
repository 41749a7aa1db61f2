package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
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

/** Malformed bodies, wrong types and unknown members: a problem, never a 500, and nothing changes. */
@Profile("accounts")
public class InputTests {

    @Requirement({"GEN-002"})
    public void truncatedJsonInARegistrationAnswersMalformedRequest(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/accounts").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("application/json", "{\"nik\":\"3302"));
        assertProblem(e, 400, "malformed-request");
    }

    @Requirement({"GEN-002"})
    public void malformedJsonInAPatchAnswersMalformedRequest(TestContext ctx) {
        MeTests.Fixture f = MeTests.fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag()).body("application/merge-patch+json", "{locale: en}"));
        assertProblem(e, 400, "malformed-request");
        assertThat(f.readETag(ctx)).as("nothing changed").isEqualTo(f.etag());
    }

    @Requirement({"GEN-002"})
    public void malformedJsonInAPasswordChangeAnswersMalformedRequest(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/me/password").header("Authorization", ctx.bearer("citizen_a"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("application/json", "[1,2"));
        assertProblem(e, 400, "malformed-request");
    }

    @Requirement({"GEN-006"})
    public void aNumberWhereTheContractWantsAStringAnswersValidationError(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = Accounts.body(ctx, Accounts.nik(birth, false), "Uji", birth, Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
        body.put("nik", 3302012708950003L);
        Exchange e = Accounts.post(ctx, body);
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/nik");
    }

    @Requirement({"GEN-006"})
    public void aMissingRequiredMemberAnswersValidationErrorNamingIt(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = Accounts.body(ctx, Accounts.nik(birth, false), "Uji", birth, Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
        body.remove("full_name");
        body.put("birth_date", "27-08-1995");
        JsonNodeAssert.pointersContain(assertProblem(Accounts.post(ctx, body), 400, "validation-error"),
                "#/full_name", "#/birth_date");
    }

    @Requirement({"GEN-006"})
    public void anUnknownEnumValueAnswersValidationError(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = Accounts.body(ctx, Accounts.nik(birth, false), "Uji", birth, Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
        ((ObjectNode) body.path("privacy_consent")).putArray("purposes").add("ACCOUNT_MANAGEMENT").add("MARKETING");
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error")))
                .anySatisfy(p -> assertThat(p).startsWith("#/privacy_consent/purposes"));
    }

    @Requirement({"GEN-005"})
    public void aRegistrationAsPlainTextAnswers415(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/accounts").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("text/plain", "nik=3302012708950003"));
        assertProblem(e, 415, "unsupported-media-type");
    }

    @Requirement({"GEN-005"})
    public void aPatchAsPlainJsonOrTextIsRefusedWith415(TestContext ctx) {
        MeTests.Fixture f = MeTests.fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag()).body("text/plain", "locale=en"));
        assertProblem(e, 415, "unsupported-media-type");
        assertThat(f.readETag(ctx)).as("nothing changed").isEqualTo(f.etag());
    }

    @Requirement({"GEN-001", "ACC-020"})
    public void anErrorForAClientAcceptingJsonIsStillAProblem(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        var t = fresh.signIn(ctx, "openid account");
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/me/password").header("Authorization", "Bearer " + t.accessToken())
                .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("application/json", "{\"current_password\":\"Wrong-" + fresh.password()
                        + "\",\"new_password\":\"Uji-Baru-" + UUID.randomUUID() + "\"}"));
        assertThat(pointers(assertProblem(e, 400, "validation-error"))).contains("#/current_password");
    }

    @Requirement({"GEN-024"})
    public void anUnknownMemberInARegistrationIsIgnored(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = Accounts.body(ctx, Accounts.nik(birth, false), "Uji", birth, Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
        body.put("favourite_food", "mendoan");
        Exchange e = Accounts.post(ctx, body);
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
    }

    /** Pointer checks. */
    static final class JsonNodeAssert {
        private JsonNodeAssert() {
        }

        static void pointersContain(com.fasterxml.jackson.databind.JsonNode problem, String... expected) {
            assertThat(pointers(problem)).as("pointers").contains(expected);
        }
    }
}
