package id.mpp.server.domain.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues and redeems authorization codes: single use, valid 60 seconds, bound to the client, the redirect
 * URI and the PKCE challenge (SSO-030 to SSO-033). A second use revokes every token issued from the first
 * (RFC 6749 §4.1.2).
 */
public final class AuthorizationCodeService {
  /** The contract's code lifetime (SSO-031). */
  public static final Duration LIFETIME = Duration.ofSeconds(60);

  private final AuthorizationCodeRepository codes;
  private final TokenRevocations revocations;
  private final TokenGenerator generator;
  private final Clock clock;

  public AuthorizationCodeService(AuthorizationCodeRepository codes, TokenRevocations revocations,
      TokenGenerator generator, Clock clock) {
    this.codes = codes;
    this.revocations = revocations;
    this.generator = generator;
    this.clock = clock;
  }

  /** Issues a code for an accepted request under {@code session} with the granted {@code scopes}. */
  public String issue(AuthorizationRequest request, SsoSession session, Scopes scopes) {
    String code = generator.newToken();
    Instant now = clock.instant();
    Grant grant = new Grant(generator.newToken(), request.client().clientId(), session.subject(),
        session.sessionId(), scopes, session.authTime(), session.acr());
    codes.save(new AuthorizationCodeRecord(TokenHashes.hash(code), grant, request.redirectUri(),
        request.codeChallenge(), request.nonce(), now, now.plus(LIFETIME), null));
    return code;
  }

  /**
   * Redeems a code for {@code clientId}; the caller then issues the grant's tokens.
   *
   * @throws OAuthException {@code invalid_request} when {@code redirect_uri} or {@code code_verifier} is
   *     missing; {@code invalid_grant} when the code is unknown, used (its grant is then revoked), expired,
   *     of another client, or the redirect URI or the verifier does not match
   */
  public AuthorizationCodeRecord redeem(String code, String clientId, String redirectUri, String codeVerifier) {
    if (code == null || code.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter code is required.");
    }
    String hash = TokenHashes.hash(code);
    AuthorizationCodeRecord record = codes.find(hash)
        .orElseThrow(() -> invalidGrant("The authorization code is not valid."));
    if (record.isRedeemed()) {
      revocations.revokeGrant(record.grant().grantId());
      throw invalidGrant("The authorization code was already used.");
    }
    Instant now = clock.instant();
    if (now.isAfter(record.expiresAt())) {
      throw invalidGrant("The authorization code has expired.");
    }
    if (!record.grant().clientId().equals(clientId)) {
      throw invalidGrant("The authorization code was issued to another client.");
    }
    if (redirectUri == null || redirectUri.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter redirect_uri is required.");
    }
    if (codeVerifier == null || codeVerifier.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter code_verifier is required.");
    }
    if (!codes.markRedeemed(hash, now)) {
      revocations.revokeGrant(record.grant().grantId());
      throw invalidGrant("The authorization code was already used.");
    }
    if (!record.redirectUri().equals(redirectUri)) {
      throw invalidGrant("redirect_uri differs from the authorization request.");
    }
    if (!Pkce.verify(codeVerifier, record.codeChallenge())) {
      throw invalidGrant("code_verifier does not match code_challenge.");
    }
    return record;
  }

  private static OAuthException invalidGrant(String description) {
    return new OAuthException(OAuthErrorCode.INVALID_GRANT, description);
  }
}
