package id.mpp.server.http.me;

import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.http.Http;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.mail.MailMessage;
import id.mpp.server.mail.Mailer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ACC-030: the e-mail address proven with a mailed 6-digit code, over real HTTP. */
@MicronautTest(transactional = false)
class EmailVerificationTest {
    private static final String JSON_TYPE = "application/json";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final List<MailMessage> SENT = new CopyOnWriteArrayList<>();

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    private Citizens citizens;

    @MockBean(Mailer.class)
    Mailer capturingMailer() {
        return SENT::add;
    }

    @BeforeEach
    void fixture() {
        citizens = new Citizens(accounts, hasher, issuer, new Http(server));
    }

    private HttpResponse<String> request(String token) {
        return citizens.send("POST", "/v1/me/email-verification", token, JSON_TYPE, "");
    }

    private HttpResponse<String> confirm(String token, String code) {
        return citizens.send("POST", "/v1/me/email-verification/confirmation", token, JSON_TYPE,
                "{\"code\":\"" + code + "\"}");
    }

    private static String codeSentTo(String address) {
        MailMessage mail = SENT.stream().filter(m -> m.to().equals(address)).reduce((a, b) -> b).orElseThrow();
        Matcher matcher = CODE.matcher(mail.body());
        assertThat(matcher.find()).as("a 6-digit code in the mail").isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    @DisplayName("the mailed code verifies the address and raises acr to email; a second request is a 409")
    void codeVerifiesTheAddress() {
        Account citizen = citizens.create(false);
        String token = citizens.token(citizen, "openid account");

        HttpResponse<String> sent = request(token);
        assertThat(sent.statusCode()).isEqualTo(202);
        JsonNode challenge = json(sent.body());
        assertThat(challenge.path("email").asText()).isEqualTo(citizen.email());
        assertThat(challenge.path("attempts_allowed").asInt()).isEqualTo(5);
        assertThat(challenge.path("expires_at").asText()).isNotBlank();
        assertThat(challenge.path("resend_available_at").asText()).isNotBlank();
        String code = codeSentTo(citizen.email());

        HttpResponse<String> confirmed = confirm(token, code);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(json(confirmed.body()).path("email_verified").asBoolean()).isTrue();
        assertThat(json(confirmed.body()).path("acr").asText()).isEqualTo("urn:mpp:acr:email");
        assertThat(confirmed.headers().firstValue("ETag")).isPresent();
        assertThat(json(citizens.get("/v1/me", token).body()).path("email_verified").asBoolean()).isTrue();

        HttpResponse<String> again = request(token);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again.body()).path("type").asText()).endsWith("/conflict");
        assertThat(confirm(token, code).statusCode()).as("the code is used up").isEqualTo(409);
    }

    @Test
    @DisplayName("a wrong code is a 400 on #/code that uses up an attempt; after five the code is gone (409)")
    void wrongCodesUseUpTheAttempts() {
        Account citizen = citizens.create(false);
        String token = citizens.token(citizen, "openid account");
        assertThat(request(token).statusCode()).isEqualTo(202);
        String code = codeSentTo(citizen.email());

        HttpResponse<String> first = confirm(token, wrong(code));
        assertThat(first.statusCode()).isEqualTo(400);
        JsonNode problem = json(first.body());
        assertThat(problem.path("type").asText()).endsWith("/validation-error");
        assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/code");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("INCORRECT");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("Kode verifikasi salah.");
        assertThat(problem.path("detail").asText()).contains("4");
        for (int i = 0; i < 4; i++) {
            assertThat(confirm(token, wrong(code)).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> exhausted = confirm(token, code);
        assertThat(exhausted.statusCode()).as("the right code after five wrong ones").isEqualTo(409);
        assertThat(json(citizens.get("/v1/me", token).body()).path("email_verified").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("a new code can be asked for at most once a minute: 429 with Retry-After")
    void resendIsLimited() {
        Account citizen = citizens.create(false);
        String token = citizens.token(citizen, "openid account");
        assertThat(request(token).statusCode()).isEqualTo(202);

        HttpResponse<String> tooSoon = request(token);
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                .isBetween(1L, 61L);
    }

    @Test
    @DisplayName("a code sent to the old address does not verify a changed one")
    void changedAddressDropsTheCode() {
        Account citizen = citizens.create(false);
        String token = citizens.token(citizen, "openid account");
        assertThat(request(token).statusCode()).isEqualTo(202);
        String code = codeSentTo(citizen.email());
        HttpResponse<String> me = citizens.get("/v1/me", token);
        HttpResponse<String> changed = citizens.send("PATCH", "/v1/me", token, "application/merge-patch+json",
                "{\"email\":\"baru." + citizen.id().toLowerCase() + "@contoh.id\"}", "If-Match",
                me.headers().firstValue("ETag").orElseThrow());
        assertThat(changed.statusCode()).isEqualTo(200);

        assertThat(confirm(token, code).statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("another citizen's code does not verify mine, and both need the account scope")
    void codesAreTheirOwnersOnly() {
        Account siti = citizens.create(false);
        Account budi = citizens.create(false);
        String sitiToken = citizens.token(siti, "openid account");
        String budiToken = citizens.token(budi, "openid account");
        assertThat(request(sitiToken).statusCode()).isEqualTo(202);
        assertThat(request(budiToken).statusCode()).isEqualTo(202);

        String sitiCode = codeSentTo(siti.email());
        assumeFalse(sitiCode.equals(codeSentTo(budi.email())), "two random codes happened to be equal");

        assertThat(confirm(budiToken, sitiCode).statusCode()).isEqualTo(400);
        assertThat(request(citizens.token(siti, "openid profile")).statusCode()).isEqualTo(403);
    }
}
