package id.mpp.server.http.application;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.Credentials;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Http;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Citizens, officers and agency back-ends with their tokens, raw HTTP and SDK clients, for the applications tests: one
 * per test application context, injected where a test needs it.
 */
@Singleton
final class ApplicationKit {

    static final String CITIZEN_SCOPES = "openid applications.read applications.write documents.read"
            + " documents.write";
    private static final AtomicInteger SERIALS = new AtomicInteger((int) (System.nanoTime() % 4000));

    final Citizens citizens;
    final Http http;
    private final EmbeddedServer server;
    private final JdbcAccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final ClientDirectory clients;

    ApplicationKit(EmbeddedServer server, JdbcAccountRepository accounts, PasswordHasher hasher, TokenIssuer issuer,
            ClientDirectory clients) {
        this.server = server;
        this.accounts = accounts;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clients = clients;
        this.http = new Http(server);
        this.citizens = new Citizens(accounts, hasher, issuer, http);
    }

    /** A signed-in citizen (level email). */
    Person citizen() {
        Account account = citizens.create();
        return new Person(account.id(), account.fullName(), citizens.token(account, CITIZEN_SCOPES));
    }

    /** A signed-in officer of {@code agencyId}. */
    Person officer(String agencyId, String name) {
        int serial = 5000 + SERIALS.incrementAndGet() % 4999;
        Instant now = Instant.now();
        Account account = new Account("usr_OFF" + UUID.randomUUID().toString().replace("-", "").substring(0, 20)
                .toUpperCase(), Nik.parse("330201120385" + String.format("%04d", serial)), name,
                LocalDate.of(1985, 3, 12), "petugas" + serial + "." + UUID.randomUUID().toString().substring(0, 6)
                + "@contoh.go.id", true, "+6281327650000", false, NikVerification.unverified(Set.of()), "id",
                "2026.1", PrivacyConsent.given("2026.1", List.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), now), now,
                now);
        accounts.insert(StoredAccount.officer(account, hasher.hash(Citizens.PASSWORD), agencyId));
        String token = issuer.issueAccessToken(new id.mpp.server.domain.oauth.Grant("grant-" + UUID.randomUUID(),
                "demo-web", account.id(), "sid-" + UUID.randomUUID(), Scopes.parse("openid officer"), now,
                id.mpp.server.domain.oauth.AcrValue.valueOf(account.acr().name())), agencyId).token();
        return new Person(account.id(), name, token);
    }

    /** {@code person} (a citizen) with a new token, issued at the server clock's now. */
    Person citizen(Person person) {
        Account account = accounts.findById(person.id()).orElseThrow().account();
        return new Person(person.id(), person.name(), citizens.token(account, CITIZEN_SCOPES));
    }

    /** {@code person} (an officer) with a new token, issued at the server clock's now. */
    Person officer(Person person) {
        StoredAccount stored = accounts.findById(person.id()).orElseThrow();
        String token = issuer.issueAccessToken(new id.mpp.server.domain.oauth.Grant("grant-" + UUID.randomUUID(),
                "demo-web", person.id(), "sid-" + UUID.randomUUID(), Scopes.parse("openid officer"), Instant.now(),
                id.mpp.server.domain.oauth.AcrValue.valueOf(stored.account().acr().name())), stored.agencyId())
                .token();
        return new Person(person.id(), person.name(), token);
    }

    /** The back-end of {@code 33-02-disdukcapil} (client {@code demo-agency}), signed in with client credentials. */
    Person agencySystem() {
        var client = clients.find("demo-agency").orElseThrow();
        return new Person("demo-agency", client.name(),
                issuer.issueClientAccessToken(client, Scopes.parse("officer agency.events")).token());
    }

    MppClient sdk(Person person) {
        return MppClient.builder().baseUrl(server.getURI().toString()).credentials(() -> person.token())
                .httpVersion(HttpClient.Version.HTTP_1_1).build();
    }

    HttpResponse<String> get(Person person, String path) {
        return citizens.get(path, person.token());
    }

    HttpResponse<String> post(Person person, String path, String json, String... headers) {
        return citizens.send("POST", path, person.token(), "application/json", json, headers);
    }

    /** Someone with a token. */
    record Person(String id, String name, String token) {
    }

    static String documents(String... typeAndId) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < typeAndId.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"document_type\":\"").append(typeAndId[i]).append("\",\"document_id\":\"")
                    .append(typeAndId[i + 1]).append("\"}");
        }
        return json.append(']').toString();
    }

    static String aktaForm() {
        return "{\"nama_bayi\":\"Arka Pradipta Nugroho\",\"tanggal_lahir\":\"2026-11-02\","
                + "\"tempat_lahir\":\"Purwokerto\",\"jenis_kelamin\":\"LAKI_LAKI\",\"anak_ke\":1}";
    }
}
