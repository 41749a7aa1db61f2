package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser's single sign-on session.
 *
 * @param sessionId the {@code sid} of the ID tokens issued under it
 * @param subject the account's {@code SubjectId}
 * @param authTime when the citizen last actively signed in ({@code auth_time})
 * @param acr the assurance level reached at that sign-in (SSO-020)
 */
public record SsoSession(String sessionId, String subject, Instant authTime, AcrValue acr) {
  public SsoSession {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(authTime, "authTime");
    Objects.requireNonNull(acr, "acr");
  }
}
