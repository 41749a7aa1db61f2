package id.mpp.server.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.TokenRevocations;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * Revocation (RFC 7009) for an authenticated client: a refresh token ends its family and the family's access
 * tokens (SSO-070); an access token ends itself; a token that is unknown, malformed, expired or already
 * revoked changes nothing and is not an error (SSO-071); another client's valid token is
 * {@code unauthorized_client} and stays valid (SSO-072). The type hint only orders the lookup.
 */
public final class TokenRevocationService {
  private static final com.nimbusds.jose.JOSEObjectType AT_JWT = new com.nimbusds.jose.JOSEObjectType("at+jwt");

  private final SigningKeyRing keys;
  private final TokenSettings settings;
  private final TokenRevocations revocations;
  private final RefreshTokenFamily refreshTokens;

  public TokenRevocationService(SigningKeyRing keys, TokenSettings settings, TokenRevocations revocations,
      RefreshTokenFamily refreshTokens) {
    this.keys = keys;
    this.settings = settings;
    this.revocations = revocations;
    this.refreshTokens = refreshTokens;
  }

  public void revoke(Client client, String token) {
    if (token == null || token.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter token is required.");
    }
    Optional<JWTClaimsSet> accessToken = ProviderSignedJwt.read(token, AT_JWT, keys, settings.issuer());
    if (accessToken.isPresent()) {
      revokeAccessToken(client, accessToken.get());
      return;
    }
    refreshTokens.revoke(token, client.clientId());
  }

  private void revokeAccessToken(Client client, JWTClaimsSet claims) {
    try {
      String jti = claims.getJWTID();
      if (jti == null || claims.getExpirationTime() == null) {
        return;
      }
      if (!client.clientId().equals(claims.getStringClaim("client_id"))) {
        throw new OAuthException(OAuthErrorCode.UNAUTHORIZED_CLIENT, "The token was issued to another client.");
      }
      Instant expiresAt = claims.getExpirationTime().toInstant();
      revocations.revokeAccessToken(jti, expiresAt);
    } catch (ParseException e) {
      // a token whose claims cannot be read is treated as unknown (SSO-071)
    }
  }
}
