package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.auth.AuthRequest;
import id.mpp.conformance.auth.Oidc.Consent;
import id.mpp.conformance.auth.Pkce;
import id.mpp.conformance.auth.Tokens;
import id.mpp.conformance.config.AccountConfig;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.UUID;

/** Fresh citizen accounts the suite registers for tests that change, sign out or delete an account. */
final class Accounts {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Accounts() {
    }

    /**
     * A registered account.
     *
     * @param nik its NIK
     * @param email its e-mail address
     * @param password its password
     * @param fullName its name
     * @param birthDate its birth date
     * @param account the registration's answer
     */
    record Fresh(String nik, String email, String password, String fullName, LocalDate birthDate, JsonNode account) {

        AccountConfig login() {
            return new AccountConfig(email, password, null, null);
        }

        /** Signs in through the confidential client with these scopes (consent allowed, nik ticked if asked). */
        Tokens signIn(TestContext ctx, String scopes) {
            return ctx.oidc().signIn(ctx.http(), AuthRequest.of(ctx.config(), "confidential").scope(scopes), login(),
                    Consent.ALLOW_ALL);
        }
    }

    /** A structurally valid, random NIK of Kabupaten Banyumas (33.02) for this birth date. */
    static String nik(LocalDate birthDate, boolean female) {
        int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
        return String.format("330201%02d%02d%02d%04d", day, birthDate.getMonthValue(), birthDate.getYear() % 100,
                1 + RANDOM.nextInt(9998));
    }

    /** A registration body for these values. */
    static ObjectNode body(TestContext ctx, String nik, String name, LocalDate birthDate, String email, String password) {
        ObjectNode body = JSON.createObjectNode();
        body.put("nik", nik);
        body.put("full_name", name);
        body.put("birth_date", birthDate.toString());
        body.put("email", email);
        body.put("password", password);
        body.put("accepted_terms_version", ctx.config().registration().termsVersion());
        ObjectNode consent = body.putObject("privacy_consent");
        consent.put("notice_version", ctx.config().registration().privacyNoticeVersion());
        consent.putArray("purposes").add("ACCOUNT_MANAGEMENT");
        return body;
    }

    /** A fresh random birth date between 1960 and 2003. */
    static LocalDate birthDate() {
        return LocalDate.of(1960 + RANDOM.nextInt(44), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
    }

    /** A unique e-mail address of the suite. */
    static String email() {
        return "uji." + UUID.randomUUID().toString().substring(0, 13) + "@conformance.example";
    }

    /** Registers a fresh account (a new NIK and e-mail address each time) and answers it. */
    static Fresh register(TestContext ctx) {
        for (int attempt = 0; attempt < 3; attempt++) {
            LocalDate birth = birthDate();
            String nik = nik(birth, RANDOM.nextBoolean());
            String email = email();
            String password = "Uji-Kesesuaian-" + Pkce.random().substring(0, 10);
            String name = "Uji Kesesuaian";
            Exchange e = post(ctx, body(ctx, nik, name, birth, email, password));
            if (e.status() == 409) {
                continue;
            }
            assertThat(e.status()).as("status of a fresh registration: %s", e.responseBody()).isEqualTo(201);
            return new Fresh(nik, email, password, name, birth, e.json());
        }
        throw new AssertionError("three fresh registrations answered 409");
    }

    /** POST /v1/accounts with this body and a fresh Idempotency-Key. */
    static Exchange post(TestContext ctx, JsonNode body) {
        return ctx.http().send(HttpCall.method("POST", "/v1/accounts").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept", "application/json").body("application/json", body.toString()));
    }
}
