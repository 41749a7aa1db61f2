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
import id.mpp.server.storage.session.JdbcConsentStore;
import id.mpp.server.storage.session.StoredConsent;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The citizen's consents to client applications over real HTTP: the list and the withdrawal. */
@MicronautTest(transactional = false)
class MyConsentsTest {
    private static final Instant EARLIER = Instant.parse("2026-11-19T03:02:11Z");
    private static final Instant LATER = Instant.parse("2026-11-20T08:16:02Z");

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
    @Inject
    JdbcConsentStore consents;

    private Citizens citizens;

    @BeforeEach
    void fixture() {
        citizens = new Citizens(accounts, hasher, issuer, new Http(server));
    }

    /** A citizen who granted demo-cli first and demo-web later. */
    private Account citizenWithTwoConsents() {
        Account account = citizens.create();
        consents.save(account.id(), "demo-cli", new StoredConsent("openid profile", "2026.1", EARLIER));
        consents.save(account.id(), "demo-web", new StoredConsent("openid profile email nik", "2026.1", LATER));
        return account;
    }

    private static String type(HttpResponse<String> response) {
        return json(response.body()).path("type").asText();
    }

    @Test
    @DisplayName("ACC-050: listMyConsents lists each client with its name, exactly the granted scopes, granted_at and the notice version, newest first")
    void listsTheConsents() {
        Account account = citizenWithTwoConsents();

        HttpResponse<String> response = citizens.get("/v1/me/consents", citizens.token(account, "openid account"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode items = json(response.body()).path("items");
        assertThat(items).hasSize(2);
        JsonNode web = items.get(0);
        assertThat(web.path("client_id").asText()).isEqualTo("demo-web");
        assertThat(web.path("client_name").asText()).isNotBlank();
        assertThat(web.path("scopes")).extracting(JsonNode::asText)
                .containsExactly("openid", "profile", "email", "nik");
        assertThat(Instant.parse(web.path("granted_at").asText())).isEqualTo(LATER);
        assertThat(Instant.parse(web.path("updated_at").asText())).isEqualTo(LATER);
        assertThat(web.path("notice_version").asText()).isEqualTo("2026.1");
        assertThat(web.path("locale").asText()).isEqualTo("id");
        JsonNode cli = items.get(1);
        assertThat(cli.path("client_id").asText()).isEqualTo("demo-cli");
        assertThat(cli.path("scopes")).extracting(JsonNode::asText).containsExactly("openid", "profile");
        assertThat(Instant.parse(cli.path("granted_at").asText())).isEqualTo(EARLIER);
        assertThat(json(response.body()).has("next_page_token")).isFalse();
    }

    @Test
    @DisplayName("ACC-050: granted_at is the first grant, updated_at the latest, locale the consent page's language, last_used_at the last token")
    void listsTheConsentDetails() {
        Account account = citizens.create();
        consents.save(account.id(), "demo-web", new StoredConsent("openid profile", "2026.1", EARLIER));
        consents.recordUse(account.id(), "demo-web", EARLIER.plusSeconds(30));
        consents.save(account.id(), "demo-web",
                new StoredConsent("openid profile email", "2026.1", LATER, LATER, "en", null));

        JsonNode web = json(citizens.get("/v1/me/consents", citizens.token(account, "openid account")).body())
                .path("items").get(0);

        assertThat(Instant.parse(web.path("granted_at").asText())).isEqualTo(EARLIER);
        assertThat(Instant.parse(web.path("updated_at").asText())).isEqualTo(LATER);
        assertThat(web.path("locale").asText()).isEqualTo("en");
        assertThat(Instant.parse(web.path("last_used_at").asText())).isEqualTo(EARLIER.plusSeconds(30));
    }

    @Test
    @DisplayName("ACC-050, GEN-016, GEN-017: the consents page with page_size and a token bound to the account")
    void pagesThroughTheConsents() {
        Account account = citizenWithTwoConsents();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> first = citizens.get("/v1/me/consents?page_size=1", token);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body()).path("items").get(0).path("client_id").asText()).isEqualTo("demo-web");
        String next = json(first.body()).path("next_page_token").asText();
        assertThat(next).isNotBlank();

        HttpResponse<String> second = citizens.get("/v1/me/consents?page_size=1&page_token=" + next, token);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second.body()).path("items")).hasSize(1);
        assertThat(json(second.body()).path("items").get(0).path("client_id").asText()).isEqualTo("demo-cli");
        assertThat(json(second.body()).has("next_page_token")).isFalse();

        Account other = citizens.create();
        HttpResponse<String> foreign = citizens.get("/v1/me/consents?page_token=" + next,
                citizens.token(other, "openid account"));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
        assertThat(foreign.body()).contains("#/query/page_token");
    }

    @Test
    @DisplayName("ACC-050, ACC-052: another citizen's consents are never visible and cannot be withdrawn (404)")
    void onlyTheOwnConsents() {
        Account account = citizenWithTwoConsents();
        Account other = citizens.create();
        String otherToken = citizens.token(other, "openid account");

        HttpResponse<String> list = citizens.get("/v1/me/consents", otherToken);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list.body()).path("items")).isEmpty();

        HttpResponse<String> withdraw = citizens.send("DELETE", "/v1/me/consents/demo-web", otherToken, null, null);
        assertThat(withdraw.statusCode()).as(withdraw.body()).isEqualTo(404);
        assertThat(type(withdraw)).isEqualTo("https://mpp-digital.go.id/problems/not-found");
        assertThat(consents.find(account.id(), "demo-web")).isPresent();
    }

    @Test
    @DisplayName("ACC-051: withdrawing answers 204; the client's refresh token then answers invalid_grant, its access tokens 401, the consent is gone and no longer listed")
    void withdrawsAConsent() {
        Account account = citizenWithTwoConsents();
        Grant grant = new Grant("grant-consent-" + account.id(), "demo-web", account.id(), "sid-consent",
                Scopes.parse("openid account offline_access"), Instant.now(), AcrValue.EMAIL);
        String refresh = refreshTokens.start(grant);
        String grantToken = citizens.token(account, "openid account", grant.grantId());
        String callerToken = citizens.token(account, "openid account");
        assertThat(citizens.get("/v1/me", grantToken).statusCode()).isEqualTo(200);

        HttpResponse<String> response = citizens.send("DELETE", "/v1/me/consents/demo-web", callerToken, null, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(consents.find(account.id(), "demo-web")).isEmpty();
        assertThat(consents.withdrawals(account.id(), "demo-web")).as("kept as proof").hasSize(1);
        assertThat(consents.find(account.id(), "demo-cli")).isPresent();
        HttpResponse<String> refreshed = SsoFixture.postForm(new Http(server), "/v1/sso/token",
                SsoFixture.basic(SsoFixture.WEB_CLIENT, SsoFixture.WEB_SECRET), "grant_type", "refresh_token",
                "refresh_token", refresh);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(400);
        assertThat(json(refreshed.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(citizens.get("/v1/me", grantToken).statusCode()).isEqualTo(401);
        // the calling token is demo-web's too: a client withdrawing its own consent loses this token as well
        assertThat(citizens.get("/v1/me", callerToken).statusCode()).isEqualTo(401);
        HttpResponse<String> list = citizens.get("/v1/me/consents", citizens.token(account, "openid account"));
        assertThat(json(list.body()).path("items")).extracting(item -> item.path("client_id").asText())
                .containsExactly("demo-cli");
    }

    @Test
    @DisplayName("ACC-052: withdrawing consent for a client without one answers 404 not-found")
    void unknownClient() {
        Account account = citizenWithTwoConsents();
        String token = citizens.token(account, "openid account");

        HttpResponse<String> unknown = citizens.send("DELETE", "/v1/me/consents/no-such-client", token, null, null);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(type(unknown)).isEqualTo("https://mpp-digital.go.id/problems/not-found");

        assertThat(citizens.send("DELETE", "/v1/me/consents/demo-cli", token, null, null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> again = citizens.send("DELETE", "/v1/me/consents/demo-cli", token, null, null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(404);
    }

    @Test
    @DisplayName("GEN-020: the consents need scope account (403 insufficient-scope)")
    void needsTheAccountScope() {
        Account account = citizenWithTwoConsents();
        HttpResponse<String> response = citizens.get("/v1/me/consents", citizens.token(account, "openid profile"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(type(response)).isEqualTo("https://mpp-digital.go.id/problems/insufficient-scope");
    }
}
