package id.mpp.server.http.userinfo;

import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.http.Http;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.http.sso.SsoFixture;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /v1/sso/userinfo} over real HTTP, with access tokens minted by the server's own issuer. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserInfoTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    private Citizens citizens;

    @Override
    public Map<String, String> getProperties() {
        return SsoFixture.properties();
    }

    @BeforeEach
    void fixture() {
        citizens = new Citizens(accounts, hasher, issuer, new Http(server));
    }

    private HttpResponse<String> userInfo(String token) {
        return citizens.get("/v1/sso/userinfo", token);
    }

    @Test
    @DisplayName("SSO-061, SSO-064: openid alone releases sub only, the account's SubjectId, with Cache-Control no-store")
    void openidAlone() {
        Account account = citizens.create();

        HttpResponse<String> response = userInfo(citizens.token(account, "openid"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode claims = json(response.body());
        assertThat(claims.path("sub").asText()).isEqualTo(account.id());
        assertThat(claims.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("SSO-061, SSO-062: profile, email and phone release their claims, and no nik without scope nik")
    void claimsByScope() {
        Account account = citizens.create();

        JsonNode claims = json(userInfo(citizens.token(account, "openid profile email phone")).body());

        assertThat(claims.path("name").asText()).isEqualTo("Siti Rahmawati");
        assertThat(claims.path("birthdate").asText()).isEqualTo("1995-08-27");
        assertThat(claims.path("locale").asText()).isEqualTo("id");
        assertThat(claims.path("acr").asText()).isEqualTo("urn:mpp:acr:email");
        assertThat(claims.path("email").asText()).isEqualTo(account.email());
        assertThat(claims.path("email_verified").asBoolean()).isTrue();
        assertThat(claims.path("phone_number").asText()).isEqualTo("+6281327654321");
        assertThat(claims.path("phone_number_verified").asBoolean(true)).isFalse();
        assertThat(claims.has("nik")).isFalse();
        assertThat(claims.toString()).doesNotContain(account.nik().digits());

        JsonNode onlyEmail = json(userInfo(citizens.token(account, "openid email")).body());
        assertThat(onlyEmail.has("name")).isFalse();
        assertThat(onlyEmail.has("phone_number")).isFalse();
    }

    @Test
    @DisplayName("SSO-062: the nik claim is released only under scope nik")
    void nikOnlyUnderNik() {
        Account account = citizens.create();

        JsonNode claims = json(userInfo(citizens.token(account, "openid nik")).body());

        assertThat(claims.path("nik").asText()).isEqualTo(account.nik().digits());
        assertThat(claims.has("name")).isFalse();
    }

    @Test
    @DisplayName("SSO-064: each token sees only its own account's claims")
    void onlyTheOwnClaims() {
        Account first = citizens.create();
        Account second = citizens.create();

        JsonNode one = json(userInfo(citizens.token(first, "openid email nik")).body());
        JsonNode two = json(userInfo(citizens.token(second, "openid email nik")).body());

        assertThat(one.path("sub").asText()).isEqualTo(first.id());
        assertThat(two.path("sub").asText()).isEqualTo(second.id());
        assertThat(two.toString()).doesNotContain(first.email()).doesNotContain(first.nik().digits());
    }

    @Test
    @DisplayName("SSO-063: a token without openid, or a client-credentials token, answers 403 insufficient-scope")
    void insufficientScope() {
        Account account = citizens.create();

        HttpResponse<String> noOpenid = userInfo(citizens.token(account, "account profile"));
        assertThat(noOpenid.statusCode()).isEqualTo(403);
        assertThat(json(noOpenid.body()).path("type").asText()).endsWith("/insufficient-scope");
        assertThat(noOpenid.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("insufficient_scope"));

        HttpResponse<String> agency = userInfo(SsoFixture.agencyToken(new Http(server)));
        assertThat(agency.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("SSO-060: a tampered token answers 401 with error=\"invalid_token\"")
    void badToken() {
        Account account = citizens.create();
        String token = citizens.token(account, "openid profile");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        HttpResponse<String> response = userInfo(tampered);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
        assertThat(json(response.body()).path("type").asText()).endsWith("/unauthenticated");
    }
}
