package id.mpp.server.storage.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A request shown as a page and waiting for the form's POST.
 *
 * @param kind {@code AUTHORIZE} or {@code LOGOUT}
 * @param query the original query string, as received (validated again when used)
 * @param csrfToken the anti-CSRF token of the page's forms
 * @param browserHash the SHA-256 of the browser cookie the page was served to
 * @param createdAt when the page was served
 * @param expiresAt when the request can no longer be continued
 */
public record PendingRequest(String kind, String query, String csrfToken, String browserHash, Instant createdAt,
        Instant expiresAt) {
    public static final String AUTHORIZE = "AUTHORIZE";
    public static final String LOGOUT = "LOGOUT";

    public PendingRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(browserHash, "browserHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
