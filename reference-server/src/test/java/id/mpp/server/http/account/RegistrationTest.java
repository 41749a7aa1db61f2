package id.mpp.server.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code registerAccount} over real HTTP, on the embedded default's database. */
@MicronautTest(transactional = false)
@Property(name = "mpp.accounts.registration-attempts-per-address", value = "1000")
class RegistrationTest {

    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final AtomicInteger SERIALS = new AtomicInteger(100);

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcAccountRepository accounts;

    private Registering registering;

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(NOW);
    }

    @BeforeEach
    void client() {
        registering = new Registering(new Http(server));
    }

    private static int serial() {
        return SERIALS.incrementAndGet();
    }

    @Test
    @DisplayName("ACC-003, ACC-007: a registration answers 201 with Location, ETag and the account: basic, unverified, masked NIK only, consents with their time")
    void registrationAnswersTheNewAccount() {
        int serial = serial();
        ObjectNode body = Registering.body(serial);
        HttpResponse<String> response = registering.register(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/me");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode account = Problems.json(response.body());
        assertThat(account.path("id").asText()).matches("^usr_[0-9A-HJKMNP-TV-Z]{26}$");
        assertThat(account.has("nik")).isFalse();
        String nik = body.path("nik").asText();
        assertThat(account.path("nik_masked").asText()).isEqualTo(nik.substring(0, 4) + "**********" + nik.substring(14));
        assertThat(response.body()).doesNotContain(nik).doesNotContain(Registering.PASSWORD).doesNotContain("password");
        assertThat(account.path("acr").asText()).isEqualTo("urn:mpp:acr:basic");
        assertThat(account.path("email_verified").asBoolean(true)).isFalse();
        assertThat(account.path("phone_number_verified").asBoolean(true)).isFalse();
        assertThat(account.path("nik_verification").path("status").asText()).isEqualTo("UNVERIFIED");
        assertThat(account.path("nik_verification").path("flags")).isEmpty();
        assertThat(account.path("full_name").asText()).isEqualTo("Siti Rahmawati");
        assertThat(account.path("birth_date").asText()).isEqualTo("1995-08-27");
        assertThat(account.path("phone_number").asText()).isEqualTo("+6281327654321");
        assertThat(account.path("locale").asText()).isEqualTo("id");
        assertThat(account.path("accepted_terms_version").asText()).isEqualTo("2026.1");
        assertThat(account.path("privacy_consent").path("notice_version").asText()).isEqualTo("2026.1");
        assertThat(account.path("privacy_consent").path("purposes").findValuesAsText("purpose"))
                .containsExactly("ACCOUNT_MANAGEMENT", "IDENTITY_VERIFICATION");
        assertThat(account.path("privacy_consent").path("purposes").findValuesAsText("given_at"))
                .containsOnly("2026-11-29T08:00:00Z");
        assertThat(account.path("created_at").asText()).isEqualTo("2026-11-29T08:00:00Z");

        StoredAccount stored = accounts.findById(account.path("id").asText()).orElseThrow();
        assertThat(stored.account().nik().digits()).isEqualTo(nik);
        assertThat(stored.passwordHash()).startsWith("pbkdf2-sha256$1000$").doesNotContain(Registering.PASSWORD);
    }

    @Test
    @DisplayName("ACC-001: a structurally impossible NIK (month 13) answers 400 at #/nik and creates no account")
    void impossibleNikIsRefused() {
        ObjectNode body = Registering.body(serial());
        body.put("nik", "3302016713950003");
        long before = accounts.count();

        JsonNode problem = Problems.assertProblem(registering.register(body), 400, "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactly("#/nik");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("INVALID_NIK");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("ACC-001: a NIK that is not 16 digits answers 400 at #/nik")
    void malformedNikIsRefused() {
        ObjectNode body = Registering.body(serial());
        body.put("nik", "33020167");

        JsonNode problem = Problems.assertProblem(registering.register(body), 400, "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactly("#/nik");
    }

    @Test
    @DisplayName("ACC-002: a NIK of a region the deployment does not know is accepted and flagged UNKNOWN_REGION")
    void unknownRegionIsFlagged() {
        int serial = serial();
        ObjectNode body = Registering.body(serial);
        body.put("nik", Registering.nik("3398016708", "95", serial));

        HttpResponse<String> response = registering.register(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode verification = Problems.json(response.body()).path("nik_verification");
        assertThat(verification.path("status").asText()).isEqualTo("UNVERIFIED");
        assertThat(verification.path("flags").findValuesAsText("")).isEmpty();
        assertThat(verification.path("flags").toString()).isEqualTo("[\"UNKNOWN_REGION\"]");
    }

    @Test
    @DisplayName("ACC-002: a birth date that disagrees with the NIK is accepted and flagged BIRTH_DATE_MISMATCH")
    void birthDateMismatchIsFlagged() {
        ObjectNode body = Registering.body(serial());
        body.put("birth_date", "1995-08-28");

        HttpResponse<String> response = registering.register(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Problems.json(response.body()).path("nik_verification").path("flags").toString())
                .isEqualTo("[\"BIRTH_DATE_MISMATCH\"]");
    }

    @Test
    @DisplayName("ACC-001, ACC-006, ACC-007: every rule broken is reported, each at its pointer, and nothing is created")
    void everyBrokenRuleIsReported() {
        ObjectNode body = Registering.body(serial());
        body.put("nik", "3302013595000003");
        body.put("birth_date", "2027-01-01");
        body.put("password", body.path("email").asText() + "-rahasia");
        body.put("accepted_terms_version", "2025.1");
        ObjectNode consent = (ObjectNode) body.path("privacy_consent");
        consent.put("notice_version", "2025.1");
        consent.putArray("purposes").add("SERVICE_NOTIFICATIONS");
        long before = accounts.count();

        JsonNode problem = Problems.assertProblem(registering.register(body), 400, "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder(
                "#/nik", "#/birth_date", "#/password", "#/accepted_terms_version",
                "#/privacy_consent/notice_version", "#/privacy_consent/purposes");
        assertThat(problem.path("errors").findValuesAsText("code")).contains("INVALID_NIK", "OUT_OF_RANGE",
                "CONTAINS_EMAIL", "NOT_CURRENT", "REQUIRED_PURPOSE_MISSING");
        assertThat(problem.path("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("ACC-006: a password containing the NIK answers 400 at #/password, with messages in English on request")
    void passwordWithNikIsRefused() {
        ObjectNode body = Registering.body(serial());
        body.put("password", "nik-" + body.path("nik").asText());

        JsonNode problem = Problems.assertProblem(registering.register(body, "Accept-Language", "en"), 400,
                "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactly("#/password");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("CONTAINS_NIK");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("The password must not contain the NIK.");
    }

    @Test
    @DisplayName("GEN-006: a member of the wrong form and a missing required member are both named, though binding stopped at the first")
    void aMalformedMemberDoesNotHideAMissingOne() {
        ObjectNode body = Registering.body(serial());
        body.remove("full_name");
        body.remove("password");
        body.put("birth_date", "27-08-1995");

        JsonNode problem = Problems.assertProblem(registering.register(body), 400, "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("#/birth_date", "#/full_name", "#/password");
        assertThat(problem.path("errors").findValuesAsText("code"))
                .containsExactlyInAnyOrder("INVALID_TYPE", "REQUIRED", "REQUIRED");
    }

    @Test
    @DisplayName("ACC-006: inputs that break the schema (missing name, bad e-mail, short password) are all reported")
    void schemaViolationsAreAllReported() {
        ObjectNode body = Registering.body(serial());
        body.remove("full_name");
        body.put("email", "bukan-surel");
        body.put("password", "pendek");

        JsonNode problem = Problems.assertProblem(registering.register(body), 400, "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer"))
                .contains("#/full_name", "#/email", "#/password");
    }

    @Test
    @DisplayName("ACC-004: a second registration with the same NIK answers 409 account-exists and creates nothing")
    void duplicateNikIsRefused() {
        int serial = serial();
        assertThat(registering.register(Registering.body(serial)).statusCode()).isEqualTo(201);
        ObjectNode again = Registering.body(serial);
        again.put("email", "other" + serial + "@contoh.id");
        long before = accounts.count();

        JsonNode byNik = Problems.assertProblem(registering.register(again), 409, "account-exists");

        assertThat(accounts.count()).isEqualTo(before);
        ObjectNode sameEmail = Registering.body(serial());
        sameEmail.put("email", ("siti" + serial + "@contoh.id").toUpperCase());
        JsonNode byEmail = Problems.assertProblem(registering.register(sameEmail), 409, "account-exists");
        assertThat(byEmail.path("title")).isEqualTo(byNik.path("title"));
        assertThat(byEmail.path("detail")).isEqualTo(byNik.path("detail"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("GEN-009: the same Idempotency-Key and body replay the same 201 and create one account")
    void sameKeyReplaysTheRegistration() {
        ObjectNode body = Registering.body(serial());
        String key = UUID.randomUUID().toString();
        long before = accounts.count();

        HttpResponse<String> first = registering.register(body, "Idempotency-Key", key);
        HttpResponse<String> second = registering.register(body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).hasValue("/v1/me");
        assertThat(second.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(accounts.count()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("GEN-010: the same Idempotency-Key with another body answers 422 and creates nothing")
    void sameKeyOtherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        registering.register(Registering.body(serial()), "Idempotency-Key", key);
        long before = accounts.count();

        Problems.assertProblem(registering.register(Registering.body(serial()), "Idempotency-Key", key), 422,
                "idempotency-key-reused");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("An Idempotency-Key longer than 255 characters answers 400 at #/header/Idempotency-Key")
    void overlongKeyIsRefused() {
        long before = accounts.count();

        JsonNode problem = Problems.assertProblem(registering.register(Registering.body(serial()),
                "Idempotency-Key", "k".repeat(256)), 400, "validation-error");

        assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactly("#/header/Idempotency-Key");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("the own-account operations next to registration need a token: 401, not 404")
    void ownAccountOperationsNeedAToken() {
        Http http = new Http(server);
        Problems.assertProblem(http.send(http.request("/v1/me/email-verification")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()), 401, "unauthenticated");
    }
}
