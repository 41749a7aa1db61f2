package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.storage.session.JdbcConsentStore;
import id.mpp.server.storage.session.StoredConsent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/** The scopes each account granted each client, asked once (SSO-016); a grant adds to the earlier ones. */
@Singleton
class Consents {
    private final JdbcConsentStore store;
    private final LoginSettings settings;
    private final Clock clock;

    Consents(JdbcConsentStore store, LoginSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    Scopes granted(String accountId, String clientId) {
        return store.find(accountId, clientId).map(consent -> Scopes.parse(consent.scopes())).orElse(Scopes.empty());
    }

    /** Records that {@code accountId} granted {@code scopes} to {@code clientId}; answers every scope granted now. */
    Scopes grant(String accountId, String clientId, Scopes scopes) {
        Set<String> all = new LinkedHashSet<>(granted(accountId, clientId).values());
        all.addAll(scopes.values());
        Scopes union = Scopes.of(all);
        store.save(accountId, clientId, new StoredConsent(union.asString(), settings.getConsentTextVersion(),
                clock.instant()));
        return union;
    }
}
