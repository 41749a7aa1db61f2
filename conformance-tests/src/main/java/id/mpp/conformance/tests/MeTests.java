package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;

/** The signed-in citizen's own account: reading it, conditional changes, what may not change. */
@Profile("accounts")
public class MeTests {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Requirement({"ACC-010", "ACC-011", "GEN-023"})
    public void theAccountIsReadWithAMaskedNikAnETagAndNoStore(TestContext ctx) {
        Exchange e = Flows.get(ctx, "/v1/me", ctx.token("citizen_a"));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(200);
        assertThat(e.json().path("nik_masked").asText()).as("nik_masked").matches("^[0-9]{4}\\*{10}[0-9]{2}$");
        assertThat(e.json().has("nik")).as("nik without scope nik").isFalse();
        assertThat(e.header("etag")).as("ETag").isPresent();
        assertThat(e.header("cache-control").orElse("")).as("Cache-Control").contains("no-store");
    }

    @Requirement({"ACC-010"})
    public void theFullNikOnlyUnderScopeNik(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens t = fresh.signIn(ctx, "openid account nik");
        Exchange e = Flows.get(ctx, "/v1/me", t.accessToken());
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.json().path("nik").asText()).as("nik under scope nik").isEqualTo(fresh.nik());
        assertThat(e.json().path("nik_masked").asText()).as("nik_masked")
                .isEqualTo(fresh.nik().substring(0, 4) + "**********" + fresh.nik().substring(14));
    }

    @Requirement({"ACC-011", "GEN-014"})
    public void aPatchWithoutIfMatchAnswers428AndChangesNothing(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .body(MERGE_PATCH, "{\"locale\":\"en\"}"));
        assertProblem(e, 428, "precondition-required");
        assertThat(f.read(ctx).path("locale").asText()).as("locale unchanged").isEqualTo(f.account.path("locale").asText());
    }

    @Requirement({"ACC-011", "GEN-015"})
    public void aPatchWithAStaleIfMatchAnswers412AndChangesNothing(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", "\"conformance-stale\"").body(MERGE_PATCH, "{\"locale\":\"en\"}"));
        assertProblem(e, 412, "precondition-failed");
        assertThat(f.read(ctx).path("locale").asText()).as("locale unchanged").isEqualTo(f.account.path("locale").asText());
    }

    @Requirement({"GEN-015"})
    public void aPatchWithTheCurrentETagSucceedsAndAnswersTheNextETag(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag).body(MERGE_PATCH, "{\"locale\":\"en\"}"));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(200);
        assertThat(e.json().path("locale").asText()).isEqualTo("en");
        String next = e.header("etag").orElse("");
        assertThat(next).as("the new ETag").isNotEmpty().isNotEqualTo(f.etag);
        Exchange stale = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag).body(MERGE_PATCH, "{\"locale\":\"id\"}"));
        assertProblem(stale, 412, "precondition-failed");
    }

    @Requirement({"ACC-011", "GEN-014"})
    public void aDeletionWithoutIfMatchAnswers428AndKeepsTheAccount(TestContext ctx) {
        Fixture f = fixture(ctx);
        assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/me").header("Authorization", f.bearer())), 428,
                "precondition-required");
        assertThat(Flows.get(ctx, "/v1/me", f.tokens.accessToken()).status()).as("the account is kept").isEqualTo(200);
    }

    @Requirement({"ACC-011", "GEN-015"})
    public void aDeletionWithAStaleIfMatchAnswers412AndKeepsTheAccount(TestContext ctx) {
        Fixture f = fixture(ctx);
        assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", "\"conformance-stale\"")), 412, "precondition-failed");
        assertThat(Flows.get(ctx, "/v1/me", f.tokens.accessToken()).status()).as("the account is kept").isEqualTo(200);
    }

    @Requirement({"ACC-011", "ACC-043"})
    public void aNikCheckWithoutIfMatchAnswers428(TestContext ctx) {
        Fixture f = fixture(ctx);
        assertProblem(ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", f.bearer())
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"registry_check_consent\":true}")), 428, "precondition-required");
        assertThat(f.read(ctx).path("nik_verification").path("status").asText()).isEqualTo("UNVERIFIED");
    }

    @Requirement({"ACC-013"})
    public void aPatchOfTheNikAnswersNotAllowed(TestContext ctx) {
        assertNotAllowed(ctx, "{\"nik\":\"3302012708950003\"}", "#/nik");
    }

    @Requirement({"ACC-013"})
    public void aPatchOfAcrOrEmailVerifiedAnswersNotAllowed(TestContext ctx) {
        assertNotAllowed(ctx, "{\"acr\":\"urn:mpp:acr:nik\"}", "#/acr");
        assertNotAllowed(ctx, "{\"email_verified\":true}", "#/email_verified");
    }

    @Requirement({"ACC-012"})
    public void changingTheEmailMakesItUnverifiedAndTheAccountBasic(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag).body(MERGE_PATCH, "{\"email\":\"" + Accounts.email() + "\"}"));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(200);
        assertThat(e.json().path("email_verified").asBoolean(true)).as("email_verified").isFalse();
        assertThat(e.json().path("acr").asText()).as("acr").isEqualTo("urn:mpp:acr:basic");
    }

    @Requirement({"ACC-014"})
    public void changingTheEmailToATakenOneAnswers409(TestContext ctx) {
        Fixture f = fixture(ctx);
        Accounts.Fresh other = Accounts.register(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag).body(MERGE_PATCH, "{\"email\":\"" + other.email() + "\"}"));
        assertProblem(e, 409, "account-exists");
        assertThat(f.read(ctx).path("email").asText()).as("email unchanged").isEqualTo(f.fresh.email());
    }

    @Requirement({"ACC-013", "ACC-040"})
    public void afterNikVerificationTheNameCannotChange(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange check = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", f.bearer())
                .header("If-Match", f.etag).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"registry_check_consent\":true}"));
        assertThat(check.status()).as("status of the NIK check: %s", check.responseBody()).isEqualTo(200);
        assertThat(check.json().path("nik_verification").path("status").asText()).isEqualTo("VERIFIED");
        assertThat(check.json().path("nik_verification").path("checked_at").asText()).isNotEmpty();
        String etag = check.header("etag").orElseGet(() -> f.readETag(ctx));
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", etag).body(MERGE_PATCH, "{\"full_name\":\"Nama Lain\"}"));
        assertProblem(e, 409, "conflict");
        assertThat(f.read(ctx).path("full_name").asText()).isEqualTo(f.fresh.fullName());
    }

    @Requirement({"ACC-041"})
    public void aNikTheRegistryDisagreesWithFailsAndLeavesTheAcr(TestContext ctx) {
        java.time.LocalDate encoded = Accounts.birthDate();
        java.time.LocalDate stated = encoded.plusDays(1);
        String nik = Accounts.nik(encoded, false);
        String email = Accounts.email();
        String password = "Uji-Kesesuaian-" + id.mpp.conformance.auth.Pkce.random().substring(0, 10);
        Exchange registered = Accounts.post(ctx, Accounts.body(ctx, nik, "Uji Kesesuaian", stated, email, password));
        assertThat(registered.status()).as("status of a registration whose birth date the NIK does not encode: %s",
                registered.responseBody()).isEqualTo(201);
        Accounts.Fresh fresh = new Accounts.Fresh(nik, email, password, "Uji Kesesuaian", stated, registered.json());
        Tokens t = fresh.signIn(ctx, "openid account");
        Exchange before = Flows.get(ctx, "/v1/me", t.accessToken());
        Exchange check = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification")
                .header("Authorization", "Bearer " + t.accessToken()).header("If-Match", before.header("etag").orElseThrow())
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"registry_check_consent\":true}"));
        assertThat(check.status()).as("status of the NIK check: %s", check.responseBody()).isEqualTo(200);
        JsonNode verification = check.json().path("nik_verification");
        assertThat(verification.path("status").asText()).isEqualTo("FAILED");
        assertThat(verification.path("failure_reason").asText()).as("failure_reason").isNotEmpty();
        assertThat(check.json().path("acr").asText()).as("acr").isEqualTo(before.json().path("acr").asText());
        assertThat(check.json().path("full_name").asText()).isEqualTo("Uji Kesesuaian");
        assertThat(check.json().path("birth_date").asText()).as("the stated birth date, not the registry's")
                .isEqualTo(stated.toString());
    }

    @Requirement({"ACC-043"})
    public void aNikCheckWithoutConsentIsRefused(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", f.bearer())
                .header("If-Match", f.etag).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"registry_check_consent\":false}"));
        assertProblem(e, 400, "validation-error");
        assertThat(f.read(ctx).path("nik_verification").path("status").asText()).isEqualTo("UNVERIFIED");
    }

    @Requirement({"ACC-043"})
    public void aSecondNikCheckOfAVerifiedAccountAnswers409(TestContext ctx) {
        Fixture f = fixture(ctx);
        Exchange first = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", f.bearer())
                .header("If-Match", f.etag).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"registry_check_consent\":true}"));
        assertThat(first.status()).as("status of the first check").isEqualTo(200);
        String etag = f.readETag(ctx);
        Exchange again = ctx.http().send(HttpCall.method("POST", "/v1/me/nik-verification").header("Authorization", f.bearer())
                .header("If-Match", etag).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"registry_check_consent\":true}"));
        assertProblem(again, 409, "conflict");
    }

    private static void assertNotAllowed(TestContext ctx, String patch, String pointer) {
        Fixture f = fixture(ctx);
        Exchange e = ctx.http().send(HttpCall.method("PATCH", "/v1/me").header("Authorization", f.bearer())
                .header("If-Match", f.etag).body(MERGE_PATCH, patch));
        JsonNode problem = assertProblem(e, 400, "validation-error");
        assertThat(pointers(problem)).as("pointers").contains(pointer);
        assertThat(problem.path("errors").toString()).as("code").contains("NOT_ALLOWED");
        assertThat(f.readETag(ctx)).as("nothing changed").isEqualTo(f.etag);
    }

    /** A fresh account signed in with scope account, and its current state. */
    static Fixture fixture(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Tokens t = fresh.signIn(ctx, "openid account offline_access");
        Exchange e = Flows.get(ctx, "/v1/me", t.accessToken());
        assertThat(e.status()).as("status of getMyAccount: %s", e.responseBody()).isEqualTo(200);
        return new Fixture(fresh, t, e.json(), e.header("etag").orElseThrow());
    }

    record Fixture(Accounts.Fresh fresh, Tokens tokens, JsonNode account, String etag) {
        String bearer() {
            return "Bearer " + tokens.accessToken();
        }

        JsonNode read(TestContext ctx) {
            return Flows.get(ctx, "/v1/me", tokens.accessToken()).json();
        }

        String readETag(TestContext ctx) {
            return Flows.get(ctx, "/v1/me", tokens.accessToken()).header("etag").orElseThrow();
        }
    }
}
