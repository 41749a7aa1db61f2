package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.Pkce;
import id.mpp.conformance.http.Exchange;
import java.time.LocalDate;

/** Registration of a citizen account: the NIK, the password policy, consent, duplicates. */
@Profile("accounts")
public class RegistrationTests {

    @Requirement({"ACC-003", "ACC-007"})
    public void aRegistrationAnswers201WithABasicUnverifiedAccount(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        String nik = Accounts.nik(birth, false);
        Exchange e = Accounts.post(ctx, body(ctx, nik, birth));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
        assertThat(e.header("location")).as("Location").isPresent();
        JsonNode a = e.json();
        assertThat(a.path("acr").asText()).as("acr").isEqualTo("urn:mpp:acr:basic");
        assertThat(a.path("email_verified").asBoolean(true)).as("email_verified").isFalse();
        assertThat(a.path("nik_verification").path("status").asText()).as("nik_verification.status").isEqualTo("UNVERIFIED");
        assertThat(a.path("nik_masked").asText()).as("nik_masked")
                .isEqualTo(nik.substring(0, 4) + "**********" + nik.substring(14));
        assertThat(a.has("nik")).as("nik member").isFalse();
        assertThat(a.path("privacy_consent").path("purposes")).as("consented purposes").anySatisfy(p -> {
            assertThat(p.path("purpose").asText()).isEqualTo("ACCOUNT_MANAGEMENT");
            assertThat(p.path("given_at").asText()).isNotEmpty();
        });
    }

    @Requirement({"ACC-001"})
    public void aNikOfFifteenDigitsIsRefusedAtNik(TestContext ctx) {
        assertNikRefused(ctx, "330201270895000");
    }

    @Requirement({"ACC-001"})
    public void aNikWithMonthThirteenIsRefusedAtNik(TestContext ctx) {
        assertNikRefused(ctx, "3302012713950003");
    }

    @Requirement({"ACC-001"})
    public void aNikWithDayZeroIsRefusedAtNik(TestContext ctx) {
        assertNikRefused(ctx, "3302010008950003");
    }

    @Requirement({"ACC-001"})
    public void aNikWithDayThirtyFiveIsRefusedAtNik(TestContext ctx) {
        assertNikRefused(ctx, "3302013508950003");
    }

    @Requirement({"ACC-001"})
    public void aNikWithSerialZeroIsRefusedAtNik(TestContext ctx) {
        assertNikRefused(ctx, "3302012708950000");
    }

    @Requirement({"ACC-002"})
    public void aNikOfAnUnknownRegionIsAcceptedAndFlagged(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        String nik = "9471" + Accounts.nik(birth, false).substring(4);
        Exchange e = Accounts.post(ctx, body(ctx, nik, birth));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
        assertThat(e.json().path("nik_verification").path("status").asText()).isEqualTo("UNVERIFIED");
        assertThat(e.json().path("nik_verification").path("flags").toString()).as("flags").contains("UNKNOWN_REGION");
    }

    @Requirement({"ACC-002"})
    public void aNikWhoseBirthDateDisagreesIsAcceptedAndFlagged(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        String nik = Accounts.nik(birth, false);
        Exchange e = Accounts.post(ctx, body(ctx, nik, birth.plusYears(1)));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
        assertThat(e.json().path("nik_verification").path("flags").toString()).as("flags").contains("BIRTH_DATE_MISMATCH");
    }

    @Requirement({"ACC-004"})
    public void aTakenNikOrEmailAnswersTheSame409(TestContext ctx) {
        Accounts.Fresh taken = Accounts.register(ctx);
        LocalDate birth = Accounts.birthDate();
        ObjectNode sameNik = Accounts.body(ctx, taken.nik(), "Uji Lain", taken.birthDate(), Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
        ObjectNode sameEmail = Accounts.body(ctx, Accounts.nik(birth, true), "Uji Lain", birth,
                taken.email().toUpperCase(java.util.Locale.ROOT), "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
        JsonNode byNik = assertProblem(Accounts.post(ctx, sameNik), 409, "account-exists");
        JsonNode byEmail = assertProblem(Accounts.post(ctx, sameEmail), 409, "account-exists");
        assertThat(byEmail.path("title")).as("title whichever matched").isEqualTo(byNik.path("title"));
        assertThat(byEmail.path("detail")).as("detail whichever matched").isEqualTo(byNik.path("detail"));
    }

    @Requirement({"ACC-006"})
    public void aPasswordShorterThanTenIsRefusedAtPassword(TestContext ctx) {
        assertPasswordRefused(ctx, "Kopi-123");
    }

    @Requirement({"ACC-006"})
    public void aPasswordLongerThan128IsRefusedAtPassword(TestContext ctx) {
        assertPasswordRefused(ctx, "Kopi-".repeat(26));
    }

    @Requirement({"ACC-006"})
    public void aPasswordContainingTheNikIsRefusedAtPassword(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        String nik = Accounts.nik(birth, false);
        ObjectNode body = body(ctx, nik, birth);
        body.put("password", "Kopi-" + nik);
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error"))).contains("#/password");
    }

    @Requirement({"ACC-006"})
    public void aPasswordContainingTheEmailIsRefusedAtPassword(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = body(ctx, Accounts.nik(birth, false), birth);
        body.put("password", "X-" + body.path("email").asText());
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error"))).contains("#/password");
    }

    @Requirement({"ACC-007"})
    public void aRegistrationWithoutPrivacyConsentIsRefused(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = body(ctx, Accounts.nik(birth, false), birth);
        body.remove("privacy_consent");
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error")))
                .anySatisfy(p -> assertThat(p).startsWith("#/privacy_consent"));
    }

    @Requirement({"ACC-007"})
    public void purposesWithoutAccountManagementAreRefused(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = body(ctx, Accounts.nik(birth, false), birth);
        ((ObjectNode) body.path("privacy_consent")).putArray("purposes").add("SERVICE_NOTIFICATIONS");
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error")))
                .anySatisfy(p -> assertThat(p).startsWith("#/privacy_consent"));
    }

    @Requirement({"ACC-007"})
    public void anOutdatedTermsVersionIsRefused(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = body(ctx, Accounts.nik(birth, false), birth);
        body.put("accepted_terms_version", "1999.1");
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error")))
                .contains("#/accepted_terms_version");
    }

    @Requirement({"ACC-007"})
    public void anOutdatedNoticeVersionIsRefused(TestContext ctx) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = body(ctx, Accounts.nik(birth, false), birth);
        ((ObjectNode) body.path("privacy_consent")).put("notice_version", "1999.1");
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error")))
                .contains("#/privacy_consent/notice_version");
    }

    private static ObjectNode body(TestContext ctx, String nik, LocalDate birth) {
        return Accounts.body(ctx, nik, "Uji Kesesuaian", birth, Accounts.email(),
                "Uji-Kesesuaian-" + Pkce.random().substring(0, 10));
    }

    private static void assertNikRefused(TestContext ctx, String nik) {
        ObjectNode body = body(ctx, nik, LocalDate.of(1995, 8, 27));
        JsonNode problem = assertProblem(Accounts.post(ctx, body), 400, "validation-error");
        assertThat(pointers(problem)).as("pointers").contains("#/nik");
        ObjectNode again = body(ctx, nik, LocalDate.of(1995, 8, 27));
        assertThat(Accounts.post(ctx, again).status()).as("still no account: the same NIK is refused again").isEqualTo(400);
    }

    private static void assertPasswordRefused(TestContext ctx, String password) {
        LocalDate birth = Accounts.birthDate();
        ObjectNode body = body(ctx, Accounts.nik(birth, false), birth);
        body.put("password", password);
        assertThat(pointers(assertProblem(Accounts.post(ctx, body), 400, "validation-error"))).contains("#/password");
    }
}
