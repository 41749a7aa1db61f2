package id.mpp.server.identity;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.RefreshTokenRecord;
import id.mpp.server.identity.AccessTokenVerification.Verified;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Introspection (RFC 7662) for an authenticated confidential client: an active token issued to the caller,
 * or addressed to it in {@code aud}, is described by its claims (SSO-082, never the NIK); anything else is
 * exactly {@code {"active": false}} (SSO-081). Public clients may not introspect (SSO-080).
 */
public final class TokenIntrospection {
  private final AccessTokenVerifier accessTokens;
  private final RefreshTokenFamily refreshTokens;
  private final TokenSettings settings;

  public TokenIntrospection(AccessTokenVerifier accessTokens, RefreshTokenFamily refreshTokens,
      TokenSettings settings) {
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.settings = settings;
  }

  public Map<String, Object> introspect(Client caller, String token) {
    if (caller.isPublic()) {
      throw new OAuthException(OAuthErrorCode.INVALID_CLIENT, "Public clients may not introspect tokens.");
    }
    if (token == null || token.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter token is required.");
    }
    if (accessTokens.verify(token) instanceof Verified verified) {
      VerifiedAccessToken claims = verified.token();
      if (claims.clientId().equals(caller.clientId()) || claims.audience().contains(caller.clientId())) {
        Map<String, Object> answer = active();
        answer.put("scope", claims.scopes().asString());
        answer.put("client_id", claims.clientId());
        answer.put("token_type", "Bearer");
        answer.put("sub", claims.subject());
        answer.put("aud", claims.audience().size() == 1 ? claims.audience().get(0) : claims.audience());
        answer.put("iss", claims.issuer());
        answer.put("exp", claims.expiresAt().getEpochSecond());
        answer.put("iat", claims.issuedAt().getEpochSecond());
        answer.put("jti", claims.jti());
        if (claims.authTime() != null) {
          answer.put("auth_time", claims.authTime().getEpochSecond());
        }
        if (claims.acr() != null) {
          answer.put("acr", claims.acr());
        }
        return answer;
      }
      return inactive();
    }
    Optional<RefreshTokenRecord> refresh = refreshTokens.active(token);
    if (refresh.isPresent() && refresh.get().grant().clientId().equals(caller.clientId())) {
      RefreshTokenRecord record = refresh.get();
      Map<String, Object> answer = active();
      answer.put("scope", record.grant().scopes().asString());
      answer.put("client_id", record.grant().clientId());
      answer.put("token_type", "refresh_token");
      answer.put("sub", record.grant().subject());
      answer.put("iss", settings.issuer());
      answer.put("exp", record.familyExpiresAt().getEpochSecond());
      answer.put("iat", record.issuedAt().getEpochSecond());
      answer.put("auth_time", record.grant().authTime().getEpochSecond());
      answer.put("acr", record.grant().acr().urn());
      return answer;
    }
    return inactive();
  }

  private static Map<String, Object> active() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("active", true);
    return answer;
  }

  private static Map<String, Object> inactive() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("active", false);
    return answer;
  }
}
