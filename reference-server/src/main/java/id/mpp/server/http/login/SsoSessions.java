package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.SsoSession;
import id.mpp.server.domain.oauth.TokenGenerator;
import id.mpp.server.domain.oauth.TokenHashes;
import id.mpp.server.storage.account.StoredAccount;
import id.mpp.server.storage.session.JdbcSessionStore;
import id.mpp.server.storage.session.StoredSession;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Browsers' SSO sessions: made by a login (a new random cookie each time, against session fixation), found by the
 * cookie's hash, ended by logout. The cookie holds only the random value.
 */
@Singleton
class SsoSessions {

    /** A session just made, and the cookie value that names it. */
    record Started(StoredSession session, String cookieValue) {}

    private final JdbcSessionStore store;
    private final LoginCookies cookies;
    private final TokenGenerator tokens;
    private final LoginSettings settings;
    private final Clock clock;

    SsoSessions(JdbcSessionStore store, LoginCookies cookies, TokenGenerator tokens, LoginSettings settings,
            Clock clock) {
        this.store = store;
        this.cookies = cookies;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<StoredSession> current(HttpRequest<?> request) {
        return cookies.read(request, LoginCookies.SESSION)
                .flatMap(value -> store.findActive(TokenHashes.hash(value), clock.instant()));
    }

    /** Starts a session for {@code account} signed in now, ending the browser's earlier one. */
    Started start(HttpRequest<?> request, StoredAccount account) {
        cookies.read(request, LoginCookies.SESSION).ifPresent(old -> store.delete(TokenHashes.hash(old)));
        Instant now = clock.instant();
        String cookieValue = tokens.newToken();
        StoredSession session = new StoredSession("sid_" + tokens.newToken(), account.account().id(), now,
                account.account().acr().uri(), now, now.plus(settings.getSessionLifetime()));
        store.create(TokenHashes.hash(cookieValue), session);
        return new Started(session, cookieValue);
    }

    /** Ends the browser's session, if any, and clears its cookie on {@code response}. */
    void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        cookies.read(request, LoginCookies.SESSION).ifPresent(value -> store.delete(TokenHashes.hash(value)));
        cookies.clear(response, LoginCookies.SESSION);
    }

    void setCookie(MutableHttpResponse<?> response, Started started) {
        cookies.set(response, LoginCookies.SESSION, started.cookieValue());
    }

    static SsoSession toDomain(StoredSession session) {
        return new SsoSession(session.sessionId(), session.accountId(), session.authTime(),
                AcrValue.fromUrn(session.acr()).orElse(AcrValue.BASIC));
    }
}
