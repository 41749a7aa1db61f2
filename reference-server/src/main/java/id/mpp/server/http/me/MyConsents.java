package id.mpp.server.http.me;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.TokenRevocations;
import id.mpp.server.generated.model.ClientConsent;
import id.mpp.server.generated.model.ClientConsentList;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.account.AccountChanges;
import id.mpp.server.storage.session.JdbcConsentStore;
import id.mpp.server.storage.session.StoredConsent;
import id.mpp.server.storage.session.JdbcConsentStore.ClientGrant;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The citizen's consents to client applications ({@code /v1/me/consents}), on the consent store of the login
 * pages ({@code sso_consent}): the list, newest grant first, and the withdrawal, which revokes every grant the
 * client holds for the account (refresh-token families and their access tokens, pending codes) and forgets the
 * consent so that the client's next {@code authorize} asks again, keeping a record of it as proof. Only the token's own account is ever read.
 */
@Singleton
public class MyConsents {
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final Duration REVOCATION_HORIZON = Duration.ofHours(1);
    /** Microseconds since the epoch of the year 9999, beyond any grant time. */
    private static final long FAR_MICROS = 253_370_764_800_000_000L;

    private final JdbcConsentStore consents;
    private final ClientDirectory clients;
    private final AccountChanges changes;
    private final TokenRevocations revocations;
    private final PageTokens pageTokens;
    private final Clock clock;

    MyConsents(JdbcConsentStore consents, ClientDirectory clients, AccountChanges changes,
            TokenRevocations revocations, PageTokens pageTokens, Clock clock) {
        this.consents = consents;
        this.clients = clients;
        this.changes = changes;
        this.revocations = revocations;
        this.pageTokens = pageTokens;
        this.clock = clock;
    }

    /** {@code listMyConsents}: a page of the account's consents, ordered by {@code granted_at}, newest first. */
    public HttpResponse<ClientConsentList> list(Caller caller, Integer pageSize, String pageToken) {
        String account = accountOf(caller);
        String filters = "consents|" + account;
        Optional<String> after = pageTokens.cursor(pageToken, filters);
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<ClientConsent> items = new ArrayList<>();
        String next = null;
        String last = null;
        for (ClientGrant grant : consents.listOf(account)) {
            String cursor = cursor(grant);
            if (after.isPresent() && cursor.compareTo(after.get()) <= 0) {
                continue;
            }
            if (items.size() == size) {
                next = pageTokens.issue(last, filters);
                break;
            }
            items.add(toApi(grant));
            last = cursor;
        }
        ClientConsentList page = new ClientConsentList(items);
        if (next != null) {
            page.nextPageToken(next);
        }
        return HttpResponse.ok(page).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** {@code withdrawConsent}: 204 and the client's grants revoked; 404 when there is no consent to withdraw. */
    public HttpResponse<Void> withdraw(Caller caller, String clientId) {
        String account = accountOf(caller);
        if (!consents.withdraw(account, clientId, clock.instant())) {
            throw ProblemException.notFound("detail.consent-not-found");
        }
        for (String grant : changes.grantsOf(account, clientId)) {
            revocations.revokeGrant(grant);
        }
        if (clientId.equals(caller.clientId()) && caller.jti() != null) {
            revocations.revokeAccessToken(caller.jti(), clock.instant().plus(REVOCATION_HORIZON));
        }
        return HttpResponse.noContent();
    }

    private static String accountOf(Caller caller) {
        if (!caller.accountToken()) {
            throw new ProblemException(ProblemType.INSUFFICIENT_SCOPE, "detail.account-token-required");
        }
        return caller.subject();
    }

    /**
     * The keyset position of a grant in the order newest first, then client ID, as a string that sorts the same
     * way: the microseconds before the year 9999 (fixed width), then the client ID.
     */
    private static String cursor(ClientGrant grant) {
        Instant at = grant.consent().grantedAt();
        long micros = FAR_MICROS - (at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000);
        return String.format("%019d", micros) + "|" + grant.clientId();
    }

    private ClientConsent toApi(ClientGrant grant) {
        Optional<Client> client = clients.find(grant.clientId());
        StoredConsent stored = grant.consent();
        ClientConsent consent = new ClientConsent(grant.clientId(), client.map(Client::name).orElse(grant.clientId()),
                Arrays.stream(stored.scopes().trim().split("\\s+")).filter(s -> !s.isEmpty()).toList(),
                stored.firstGrantedAt().atZone(ZoneOffset.UTC), stored.grantedAt().atZone(ZoneOffset.UTC),
                stored.textVersion(), stored.locale());
        client.flatMap(Client::agency).ifPresent(consent::agencyId);
        if (stored.lastUsedAt() != null) {
            consent.lastUsedAt(stored.lastUsedAt().atZone(ZoneOffset.UTC));
        }
        return consent;
    }
}
