package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Language;
import id.mpp.server.storage.session.JdbcConsentStore;
import id.mpp.server.storage.session.StoredConsent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
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

    /**
     * Records that {@code accountId} granted {@code scopes} to {@code clientId} on a page in {@code language};
     * answers every scope granted now.
     */
    Scopes grant(String accountId, String clientId, Scopes scopes, Language language) {
        Optional<StoredConsent> earlier = store.find(accountId, clientId);
        Set<String> all = new LinkedHashSet<>(earlier.map(consent -> Scopes.parse(consent.scopes()))
                .orElse(Scopes.empty()).values());
        all.addAll(scopes.values());
        Scopes union = Scopes.of(all);
        Instant now = clock.instant();
        store.save(accountId, clientId, new StoredConsent(union.asString(), settings.getConsentTextVersion(), now,
                earlier.map(StoredConsent::firstGrantedAt).orElse(now), language == Language.EN ? "en" : "id",
                earlier.map(StoredConsent::lastUsedAt).orElse(null)));
        return union;
    }
}
