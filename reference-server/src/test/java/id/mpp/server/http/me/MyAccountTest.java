package id.mpp.server.http.me;

import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Http;
import id.mpp.server.http.sso.SsoFixture;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The signed-in citizen's own account over real HTTP: {@code /v1/me}, the password, the NIK check, deletion. */
@MicronautTest(transactional = false)
@Property(name = "mpp.population-registry.simulated.unavailable", value = MyAccountTest.UNREACHABLE_NIK)
class MyAccountTest {
    static final String UNREACHABLE_NIK = "3302016708959999";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String JSON_TYPE = "application/json";

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;
    @Inject
    RefreshTokenFamily refreshTokens;

    private Citizens citizens;

    @BeforeEach
    void fixture() {
        citizens = new Citizens(accounts, hasher, issuer, new Http(server));
    }

    private HttpResponse<String> patch(String token, String etag, String body) {
        return etag == null ? citizens.send("PATCH", "/v1/me", token, MERGE_PATCH, body)
                : citizens.send("PATCH", "/v1/me", token, MERGE_PATCH, body, "If-Match", etag);
    }

    private static String type(HttpResponse<String> response) {
        return json(response.body()).path("type").asText();
    }

    @Test
    @DisplayName("ACC-010, ACC-011: GET /v1/me answers the own account with ETag and no-store; the NIK masked, in full only under scope nik")
    void readsTheOwnAccount() {
        Account account = citizens.create();

        HttpResponse<String> plain = citizens.get("/v1/me", citizens.token(account, "openid account"));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
        assertThat(plain.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = json(plain.body());
        assertThat(body.path("id").asText()).isEqualTo(account.id());
        assertThat(body.has("nik")).isFalse();
        assertThat(body.path("nik_masked").asText()).isEqualTo(account.nik().masked());
        assertThat(plain.body()).doesNotContain(account.nik().digits());
        assertThat(body.path("acr").asText()).isEqualTo("urn:mpp:acr:email");

        HttpResponse<String> withNik = citizens.get("/v1/me", citizens.token(account, "openid account nik"));
        assertThat(json(withNik.body()).path("nik").asText()).isEqualTo(account.nik().digits());
    }

    @Test
    @DisplayName("GEN-020, GEN-019: without scope account 403 insufficient-scope; without a token 401")
    void needsTheAccountScope() {
        Account account = citizens.create();

        HttpResponse<String> response = citizens.get("/v1/me", citizens.token(account, "openid profile"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(type(response)).endsWith("/insufficient-scope");
        assertThat(new Http(server).get("/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("ACC-010: each token sees only its own account, never another citizen's")
    void onlyTheOwnAccount() {
        Account dewi = citizens.create();
        Account bagus = citizens.create();

        JsonNode seenByDewi = json(citizens.get("/v1/me", citizens.token(dewi, "openid account nik")).body());
        JsonNode seenByBagus = json(citizens.get("/v1/me", citizens.token(bagus, "openid account nik")).body());

        assertThat(seenByDewi.path("id").asText()).isEqualTo(dewi.id());
        assertThat(seenByDewi.path("email").asText()).isEqualTo(dewi.email());
        assertThat(seenByBagus.path("id").asText()).isEqualTo(bagus.id());
        assertThat(seenByBagus.toString()).doesNotContain(dewi.nik().digits()).doesNotContain(dewi.email());
    }

    @Test
    @DisplayName("ACC-011: PATCH without If-Match answers 428, with a stale one 412, and nothing changes")
    void patchNeedsTheCurrentEtag() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> missing = patch(token, null, "{\"locale\":\"en\"}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(428);
        assertThat(type(missing)).endsWith("/precondition-required");
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> stale = patch(token, "\"7\"", "{\"locale\":\"en\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(type(stale)).endsWith("/precondition-failed");

        HttpResponse<String> after = citizens.get("/v1/me", token);
        assertThat(json(after.body()).path("locale").asText()).isEqualTo("id");
        assertThat(after.headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    @DisplayName("ACC-011: PATCH with the current ETag answers 200 with the change and a new ETag; the old ETag is then stale")
    void patchChangesTheAccount() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> changed = patch(token, "\"1\"", "{\"locale\":\"en\",\"phone_number\":null}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode body = json(changed.body());
        assertThat(body.path("locale").asText()).isEqualTo("en");
        assertThat(body.has("phone_number")).isFalse();

        assertThat(patch(token, "\"1\"", "{\"locale\":\"id\"}").statusCode()).isEqualTo(412);
        assertThat(citizens.get("/v1/me", token).headers().firstValue("ETag")).hasValue("\"2\"");
    }

    @Test
    @DisplayName("ACC-013: a member the citizen may not change (nik, acr) answers 400 NOT_ALLOWED")
    void patchRefusesOtherMembers() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> response = patch(token, "\"1\"", "{\"acr\":\"urn:mpp:acr:nik\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("NOT_ALLOWED");
        assertThat(json(citizens.get("/v1/me", token).body()).path("acr").asText()).isEqualTo("urn:mpp:acr:email");
    }

    @Test
    @DisplayName("ACC-012, ACC-014: changing the e-mail address resets its verification and lowers acr to basic; another account's address answers 409 account-exists")
    void emailChangeLowersAcr() {
        Account account = citizens.create();
        Account other = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> taken = patch(token, "\"1\"", "{\"email\":\"" + other.email().toUpperCase() + "\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(type(taken)).endsWith("/account-exists");

        HttpResponse<String> changed = patch(token, "\"1\"", "{\"email\":\"baru." + account.id() + "@contoh.id\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode body = json(changed.body());
        assertThat(body.path("email_verified").asBoolean(true)).isFalse();
        assertThat(body.path("acr").asText()).isEqualTo("urn:mpp:acr:basic");
    }

    @Test
    @DisplayName("ACC-040, ACC-043, ACC-013, ACC-011: a NIK check that matches answers 200 VERIFIED and raises acr to nik; then name and birth date answer 409 conflict, and a second check 409")
    void nikVerification() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> noConsent = citizens.send("POST", "/v1/me/nik-verification", token, JSON_TYPE,
                "{\"registry_check_consent\":false}", "If-Match", "\"1\"");
        assertThat(noConsent.statusCode()).as(noConsent.body()).isEqualTo(400);
        assertThat(noConsent.body()).contains("CONSENT_REQUIRED");

        HttpResponse<String> missing = citizens.send("POST", "/v1/me/nik-verification", token, JSON_TYPE,
                "{\"registry_check_consent\":true}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(428);

        HttpResponse<String> verified = citizens.send("POST", "/v1/me/nik-verification", token, JSON_TYPE,
                "{\"registry_check_consent\":true}", "If-Match", "\"1\"");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode body = json(verified.body());
        assertThat(body.path("nik_verification").path("status").asText()).isEqualTo("VERIFIED");
        assertThat(body.path("acr").asText()).isEqualTo("urn:mpp:acr:nik");
        assertThat(body.path("privacy_consent").toString()).contains("IDENTITY_VERIFICATION");

        HttpResponse<String> rename = patch(token, "\"2\"", "{\"full_name\":\"Siti Rahma\"}");
        assertThat(rename.statusCode()).as(rename.body()).isEqualTo(409);
        assertThat(type(rename)).endsWith("/conflict");

        HttpResponse<String> again = citizens.send("POST", "/v1/me/nik-verification", token, JSON_TYPE,
                "{\"registry_check_consent\":true}", "If-Match", "\"2\"");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("ACC-041: a birth date that disagrees with the registry answers 200 FAILED with the reason, acr unchanged")
    void nikVerificationFails() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");
        assertThat(patch(token, "\"1\"", "{\"birth_date\":\"1995-08-28\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> failed = citizens.send("POST", "/v1/me/nik-verification", token, JSON_TYPE,
                "{\"registry_check_consent\":true}", "If-Match", "\"2\"");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        JsonNode body = json(failed.body());
        assertThat(body.path("nik_verification").path("status").asText()).isEqualTo("FAILED");
        assertThat(body.path("nik_verification").path("failure_reason").asText()).isEqualTo("BIRTH_DATE_MISMATCH");
        assertThat(body.path("acr").asText()).isEqualTo("urn:mpp:acr:email");
    }

    @Test
    @DisplayName("ACC-042: an unreachable registry answers 503 with Retry-After and changes nothing")
    void registryUnavailable() {
        Account unreachable = withNik(UNREACHABLE_NIK);
        String token = citizens.token(unreachable, "openid account");

        HttpResponse<String> response = citizens.send("POST", "/v1/me/nik-verification", token, JSON_TYPE,
                "{\"registry_check_consent\":true}", "If-Match", "\"1\"");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(type(response)).endsWith("/service-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> after = citizens.get("/v1/me", token);
        assertThat(after.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(after.body()).path("nik_verification").path("status").asText()).isEqualTo("UNVERIFIED");
    }

    private Account withNik(String nik) {
        return accounts.findByNik(nik).map(s -> s.account()).orElseGet(() -> citizens.createWithNik(nik));
    }

    @Test
    @DisplayName("GEN-002: a truncated JSON array as a password change, with an Idempotency-Key, is a 400 problem, never a 500")
    void malformedPasswordChangeIsAProblem() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> response = citizens.send("POST", "/v1/me/password", token, JSON_TYPE, "[1,2",
                "Idempotency-Key", "k-" + account.id());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(type(response)).endsWith("/malformed-request");
    }

    @Test
    @DisplayName("ACC-020: a wrong current password answers 400 INCORRECT at #/current_password and changes nothing")
    void wrongCurrentPassword() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> response = citizens.send("POST", "/v1/me/password", token, JSON_TYPE,
                "{\"current_password\":\"Salah-Sekali-2026\",\"new_password\":\"Mendoan-Anget-Baturraden-2026\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("#/current_password").contains("INCORRECT");
        assertThat(hasher.verify(Citizens.PASSWORD, accounts.findById(account.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    @DisplayName("GEN-001: a client accepting only application/json still gets the 400 as a problem, not a 406")
    void anErrorForAJsonClientIsAProblem() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> response = citizens.send("POST", "/v1/me/password", token, JSON_TYPE,
                "{\"current_password\":\"Salah-Sekali-2026\",\"new_password\":\"Mendoan-Anget-Baturraden-2026\"}",
                "Accept", JSON_TYPE, "Idempotency-Key", "k-accept-" + account.id());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("#/current_password");
    }

    @Test
    @DisplayName("ACC-020, ACC-021: a password change answers 204, the new password verifies, the ETag is unchanged, and the account's other grants are revoked")
    void passwordChange() {
        Account account = citizens.create();
        String ownGrant = "grant-own-" + account.id();
        String token = citizens.token(account, "openid account", ownGrant);
        Grant other = new Grant("grant-other-" + account.id(), "demo-web", account.id(), "sid-other",
                Scopes.parse("openid account offline_access"), Instant.now(), AcrValue.EMAIL);
        String otherRefresh = refreshTokens.start(other);
        String otherToken = citizens.token(account, "openid account", other.grantId());
        assertThat(citizens.get("/v1/me", otherToken).statusCode()).isEqualTo(200);

        HttpResponse<String> weak = citizens.send("POST", "/v1/me/password", token, JSON_TYPE,
                "{\"current_password\":\"" + Citizens.PASSWORD + "\",\"new_password\":\"x" + account.nik().digits()
                        + "\"}");
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(weak.body()).contains("#/new_password");

        HttpResponse<String> response = citizens.send("POST", "/v1/me/password", token, JSON_TYPE,
                "{\"current_password\":\"" + Citizens.PASSWORD + "\",\"new_password\":\"Mendoan-Anget-Baturraden-2026\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        String hash = accounts.findById(account.id()).orElseThrow().passwordHash();
        assertThat(hasher.verify("Mendoan-Anget-Baturraden-2026", hash)).isTrue();
        assertThat(hasher.verify(Citizens.PASSWORD, hash)).isFalse();
        HttpResponse<String> own = citizens.get("/v1/me", token);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(citizens.get("/v1/me", otherToken).statusCode()).isEqualTo(401);
        HttpResponse<String> refresh = SsoFixture.postForm(new Http(server), "/v1/sso/token",
                SsoFixture.basic(SsoFixture.WEB_CLIENT, SsoFixture.WEB_SECRET), "grant_type", "refresh_token",
                "refresh_token", otherRefresh);
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(400);
        assertThat(json(refresh.body()).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    @DisplayName("ACC-011, ACC-061: DELETE /v1/me needs the current ETag (428, 412), then answers 204; the account is gone and its token refused")
    void deleteTheAccount() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid account");

        assertThat(citizens.send("DELETE", "/v1/me", token, null, null).statusCode()).isEqualTo(428);
        assertThat(citizens.send("DELETE", "/v1/me", token, null, null, "If-Match", "\"9\"").statusCode())
                .isEqualTo(412);
        assertThat(accounts.findById(account.id())).isPresent();

        HttpResponse<String> deleted = citizens.send("DELETE", "/v1/me", token, null, null, "If-Match", "\"1\"");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(accounts.findById(account.id())).isEmpty();
        assertThat(accounts.findByNik(account.nik().digits())).isEmpty();
        assertThat(citizens.get("/v1/me", token).statusCode()).isEqualTo(401);
    }
}
