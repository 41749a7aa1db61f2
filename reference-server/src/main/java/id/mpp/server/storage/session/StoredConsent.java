package id.mpp.server.storage.session;

import java.time.Instant;

/**
 * The scopes an account granted a client.
 *
 * @param scopes the granted scopes, space-separated
 * @param textVersion the version of the consent page's text shown at the last grant
 * @param grantedAt when they were last granted
 */
public record StoredConsent(String scopes, String textVersion, Instant grantedAt) {
}
