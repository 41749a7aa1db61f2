package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * One authorization of a client by an account: what a code, and the refresh-token family and access tokens
 * descending from it, stand for. Revoking the grant revokes all of them (SSO-030, SSO-041, SSO-070).
 *
 * @param grantId the grant's ID, shared by its code, refresh tokens and access tokens
 * @param clientId the client it was given to
 * @param subject the account's {@code SubjectId}
 * @param sessionId the SSO session it was given under ({@code sid})
 * @param scopes the scopes granted
 * @param authTime the session's last active login
 * @param acr the assurance level reached at that login
 */
public record Grant(String grantId, String clientId, String subject, String sessionId, Scopes scopes,
    Instant authTime, AcrValue acr) {

  public Grant {
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(authTime, "authTime");
    Objects.requireNonNull(acr, "acr");
  }

  public Grant withScopes(Scopes narrowed) {
    return new Grant(grantId, clientId, subject, sessionId, narrowed, authTime, acr);
  }
}
