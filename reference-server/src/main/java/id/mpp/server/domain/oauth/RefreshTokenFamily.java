package id.mpp.server.domain.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens with rotation (RFC 9700 §4.14.2): each one is single-use and answered with its successor;
 * presenting one that was already rotated revokes the whole family (SSO-040, SSO-041, SSO-042, SSO-070).
 */
public final class RefreshTokenFamily {
  private final RefreshTokenRepository tokens;
  private final TokenRevocations revocations;
  private final ScopePolicy scopePolicy;
  private final TokenGenerator generator;
  private final Clock clock;
  private final Duration familyLifetime;

  /**
   * @param familyLifetime how long a family lives from its first token, whatever the rotations (the
   *     contract leaves it to the deployment)
   */
  public RefreshTokenFamily(RefreshTokenRepository tokens, TokenRevocations revocations, ScopePolicy scopePolicy,
      TokenGenerator generator, Clock clock, Duration familyLifetime) {
    this.tokens = tokens;
    this.revocations = revocations;
    this.scopePolicy = scopePolicy;
    this.generator = generator;
    this.clock = clock;
    this.familyLifetime = familyLifetime;
  }

  /** Starts a family for a grant that includes {@code offline_access}; answers the first refresh token. */
  public String start(Grant grant) {
    if (!scopePolicy.issuesRefreshToken(grant.scopes())) {
      throw new IllegalArgumentException("A refresh token needs offline_access (SSO-040)");
    }
    Instant now = clock.instant();
    return save(grant, now, now.plus(familyLifetime));
  }

  /**
   * Uses a refresh token: answers its successor and the grant narrowed to {@code requestedScopes}.
   *
   * @throws OAuthException {@code invalid_grant} for an unknown, revoked, expired, rotated (then the family is
   *     revoked) or another client's token; {@code invalid_scope} for a scope wider than granted. Neither of
   *     the last two changes the token.
   */
  public Rotation rotate(String refreshToken, String clientId, Scopes requestedScopes) {
    if (refreshToken == null || refreshToken.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter refresh_token is required.");
    }
    String hash = TokenHashes.hash(refreshToken);
    RefreshTokenRecord record = tokens.find(hash)
        .orElseThrow(() -> invalidGrant("The refresh token is not valid."));
    Grant grant = record.grant();
    if (!grant.clientId().equals(clientId)) {
      throw invalidGrant("The refresh token was issued to another client.");
    }
    if (revocations.isGrantRevoked(grant.grantId())) {
      throw invalidGrant("The refresh token was revoked.");
    }
    if (record.isRotated()) {
      revocations.revokeGrant(grant.grantId());
      throw invalidGrant("The refresh token was already used.");
    }
    Instant now = clock.instant();
    if (!now.isBefore(record.familyExpiresAt())) {
      throw invalidGrant("The refresh token has expired.");
    }
    Scopes scopes = scopePolicy.forRefresh(grant.scopes(), requestedScopes);
    if (!tokens.markRotated(hash, now)) {
      revocations.revokeGrant(grant.grantId());
      throw invalidGrant("The refresh token was already used.");
    }
    String successor = save(grant, now, record.familyExpiresAt());
    return new Rotation(successor, grant.withScopes(scopes));
  }

  /**
   * Revokes the family of a refresh token (RFC 7009): nothing happens for an unknown token (SSO-071).
   *
   * @return whether the token was known
   * @throws OAuthException {@code unauthorized_client} when it belongs to another client (SSO-072)
   */
  public boolean revoke(String refreshToken, String clientId) {
    if (refreshToken == null) {
      return false;
    }
    RefreshTokenRecord record = tokens.find(TokenHashes.hash(refreshToken)).orElse(null);
    if (record == null) {
      return false;
    }
    if (!record.grant().clientId().equals(clientId)) {
      throw new OAuthException(OAuthErrorCode.UNAUTHORIZED_CLIENT, "The token was issued to another client.");
    }
    revocations.revokeGrant(record.grant().grantId());
    return true;
  }

  /**
   * The record of a refresh token that is currently usable: known, not rotated, not revoked, not expired
   * (for introspection, RFC 7662).
   */
  public Optional<RefreshTokenRecord> active(String refreshToken) {
    if (refreshToken == null || refreshToken.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens.find(TokenHashes.hash(refreshToken))
        .filter(r -> !r.isRotated())
        .filter(r -> now.isBefore(r.familyExpiresAt()))
        .filter(r -> !revocations.isGrantRevoked(r.grant().grantId()));
  }

  private String save(Grant grant, Instant now, Instant familyExpiresAt) {
    String token = generator.newToken();
    tokens.save(new RefreshTokenRecord(TokenHashes.hash(token), grant, now, familyExpiresAt, null));
    return token;
  }

  private static OAuthException invalidGrant(String description) {
    return new OAuthException(OAuthErrorCode.INVALID_GRANT, description);
  }

  /**
   * The answer of a rotation.
   *
   * @param refreshToken the successor refresh token
   * @param grant the grant, with the scopes of the new access token
   */
  public record Rotation(String refreshToken, Grant grant) {}
}
