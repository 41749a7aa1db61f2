package id.mpp.server.http.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Http;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test citizens: an account stored straight into the account table (a woman born 1995-08-27 in Banyumas, a fresh
 * serial each time), and access tokens for it minted by the server's own {@link TokenIssuer}, as the token
 * endpoint would after a sign-in, so that these tests do not depend on the login pages.
 */
public final class Citizens {
    public static final String PASSWORD = "Kopi-Tubruk-Purwokerto-1995";
    private static final AtomicInteger SERIALS = new AtomicInteger(7000 + (int) (System.nanoTime() % 1000));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcAccountRepository accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final Http http;

    public Citizens(JdbcAccountRepository accounts, PasswordHasher hasher, TokenIssuer issuer, Http http) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.issuer = issuer;
        this.http = http;
    }

    /** A new citizen with a verified e-mail address and an unverified NIK (level email). */
    public Account create() {
        return create(true);
    }

    public Account create(boolean emailVerified) {
        int serial = SERIALS.incrementAndGet();
        return create("3302016708" + "95" + String.format("%04d", serial % 9000 + 1), serial, emailVerified);
    }

    /** A new citizen with this NIK (which must agree with the birth date 1995-08-27). */
    public Account createWithNik(String nik) {
        return create(nik, SERIALS.incrementAndGet(), true);
    }

    private Account create(String nik, int serial, boolean emailVerified) {
        Instant now = Instant.now();
        Account account = new Account("usr_TEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 22)
                .toUpperCase(), Nik.parse(nik), "Siti Rahmawati", LocalDate.of(1995, 8, 27),
                "siti.me" + serial + "@contoh.id", emailVerified, "+6281327654321", false,
                NikVerification.unverified(Set.of()), "id", "2026.1",
                PrivacyConsent.given("2026.1", List.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), now), now, now);
        accounts.insert(StoredAccount.citizen(account, hasher.hash(PASSWORD)));
        return account;
    }

    /** An access token of {@code account} with {@code scope}, for a grant of its own. */
    public String token(Account account, String scope) {
        return token(account, scope, "grant-" + UUID.randomUUID());
    }

    public String token(Account account, String scope, String grantId) {
        Grant grant = new Grant(grantId, "demo-web", account.id(), "sid-" + grantId, Scopes.parse(scope),
                Instant.now(), AcrValue.valueOf(account.acr().name()));
        return issuer.issueAccessToken(grant, null).token();
    }

    public HttpResponse<String> get(String path, String token) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    public HttpResponse<String> send(String method, String path, String token, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = http.request(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build());
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
