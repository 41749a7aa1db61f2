package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.TokenGenerator;
import id.mpp.server.domain.oauth.TokenHashes;
import id.mpp.server.storage.session.JdbcPendingRequestStore;
import id.mpp.server.storage.session.PendingRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Requests shown as a page and waiting for the form's POST. The form carries only an opaque reference and an
 * anti-CSRF token; the request itself (client, redirect URI, PKCE challenge, ...) stays on the server. The token
 * is bound to the {@code mpp_sso_browser} cookie: a POST is taken only with the reference, the same token and the
 * same cookie (OWASP CSRF Prevention Cheat Sheet, synchronizer token).
 */
@Singleton
class PendingRequests {

    /** A page's reference and token, and the browser cookie to set when the browser had none. */
    record Page(String reference, String csrfToken, String newBrowserCookie) {
        void setCookie(LoginCookies cookies, MutableHttpResponse<?> response) {
            if (newBrowserCookie != null) {
                cookies.set(response, LoginCookies.BROWSER, newBrowserCookie);
            }
        }
    }

    private final JdbcPendingRequestStore store;
    private final TokenGenerator tokens;
    private final LoginCookies cookies;
    private final LoginSettings settings;
    private final Clock clock;

    PendingRequests(JdbcPendingRequestStore store, TokenGenerator tokens, LoginCookies cookies,
            LoginSettings settings, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.cookies = cookies;
        this.settings = settings;
        this.clock = clock;
    }

    /** Stores {@code rawQuery} as a request of {@code kind} waiting for this browser's POST. */
    Page create(HttpRequest<?> request, String kind, String rawQuery) {
        Optional<String> browser = cookies.read(request, LoginCookies.BROWSER);
        String browserValue = browser.orElseGet(tokens::newToken);
        String reference = tokens.newToken();
        String csrf = tokens.newToken();
        Instant now = clock.instant();
        store.save(TokenHashes.hash(reference), new PendingRequest(kind, rawQuery, csrf,
                TokenHashes.hash(browserValue), now, now.plus(settings.getPendingLifetime())));
        return new Page(reference, csrf, browser.isPresent() ? null : browserValue);
    }

    /**
     * The waiting request of a POST, when the reference is known and not expired, of {@code kind}, the token is
     * the page's and the browser cookie the one the page was served to; empty otherwise (refused).
     */
    Optional<PendingRequest> check(HttpRequest<?> request, String kind, String reference, String csrfToken) {
        if (reference == null || csrfToken == null || reference.length() > 100) {
            return Optional.empty();
        }
        Optional<String> browser = cookies.read(request, LoginCookies.BROWSER);
        if (browser.isEmpty()) {
            return Optional.empty();
        }
        return store.findActive(TokenHashes.hash(reference), clock.instant())
                .filter(found -> found.kind().equals(kind))
                .filter(found -> same(found.csrfToken(), csrfToken))
                .filter(found -> same(found.browserHash(), TokenHashes.hash(browser.get())));
    }

    /** Ends a waiting request; answers whether this call ended it (only one POST may complete a request). */
    boolean finish(String reference) {
        return store.delete(TokenHashes.hash(reference));
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
