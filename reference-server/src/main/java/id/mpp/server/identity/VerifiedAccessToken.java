package id.mpp.server.identity;

import id.mpp.server.domain.oauth.Scopes;
import java.time.Instant;
import java.util.List;

/**
 * The claims of an access token that passed {@link AccessTokenVerifier}.
 *
 * @param subject {@code sub}: the account's {@code SubjectId}, or the client ID for client credentials
 * @param clientId {@code client_id}
 * @param scopes {@code scope}
 * @param audience {@code aud}
 * @param issuer {@code iss}
 * @param issuedAt {@code iat}
 * @param expiresAt {@code exp}
 * @param jti {@code jti}
 * @param authTime {@code auth_time}, present exactly for an account's sign-in
 * @param acr {@code acr}, or {@code null}
 * @param agencyId the agency of an officer or agency back-end, or {@code null}
 */
public record VerifiedAccessToken(String subject, String clientId, Scopes scopes, List<String> audience,
    String issuer, Instant issuedAt, Instant expiresAt, String jti, Instant authTime, String acr,
    String agencyId) {

  /** Whether the token stands for an account's sign-in rather than a client's own credentials (SSO-063). */
  public boolean isAccountToken() {
    return authTime != null;
  }
}
