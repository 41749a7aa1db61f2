package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored authorization code: only its hash, and everything it is bound to (SSO-031, SSO-032, SSO-033).
 *
 * @param codeHash {@link TokenHashes#hash} of the code
 * @param grant the grant the code stands for
 * @param redirectUri the authorization request's redirect URI
 * @param codeChallenge the S256 PKCE challenge
 * @param nonce the request's nonce, or {@code null}
 * @param issuedAt when the code was issued
 * @param expiresAt when it stops being redeemable
 * @param redeemedAt when it was redeemed, or {@code null}
 */
public record AuthorizationCodeRecord(String codeHash, Grant grant, String redirectUri, String codeChallenge,
    String nonce, Instant issuedAt, Instant expiresAt, Instant redeemedAt) {

  public AuthorizationCodeRecord {
    Objects.requireNonNull(codeHash, "codeHash");
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(codeChallenge, "codeChallenge");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isRedeemed() {
    return redeemedAt != null;
  }
}
