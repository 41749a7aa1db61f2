package id.mpp.server.storage.session;

import java.time.Instant;

/**
 * The scopes an account granted a client.
 *
 * @param scopes the granted scopes, space-separated
 * @param textVersion the version of the consent page's text shown at the last grant
 * @param grantedAt when they were last granted
 * @param firstGrantedAt when the account first granted the client scopes (kept by later grants)
 * @param locale the language the consent page was shown in at the last grant ({@code id} or {@code en})
 * @param lastUsedAt when the client last obtained tokens under the consent; null when never
 */
public record StoredConsent(String scopes, String textVersion, Instant grantedAt, Instant firstGrantedAt,
        String locale, Instant lastUsedAt) {

    /** A first grant on a page in Indonesian, not used yet. */
    public StoredConsent(String scopes, String textVersion, Instant grantedAt) {
        this(scopes, textVersion, grantedAt, grantedAt, "id", null);
    }
}
