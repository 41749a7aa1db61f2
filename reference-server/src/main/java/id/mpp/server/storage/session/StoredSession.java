package id.mpp.server.storage.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser's SSO session as stored.
 *
 * @param sessionId the {@code sid} of ID tokens issued under it
 * @param accountId the signed-in account
 * @param authTime when the account last actively signed in
 * @param acr the assurance level ({@code urn:mpp:acr:...}) reached at that sign-in
 * @param createdAt when the session was made
 * @param expiresAt when it ends on its own
 */
public record StoredSession(String sessionId, String accountId, Instant authTime, String acr, Instant createdAt,
        Instant expiresAt) {
    public StoredSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
