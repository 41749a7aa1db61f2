package id.mpp.server.identity;

import id.mpp.server.domain.oauth.AuthorizationCodeRecord;
import id.mpp.server.domain.oauth.AuthorizationCodeService;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.GrantType;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.domain.oauth.RefreshTokenFamily;
import id.mpp.server.domain.oauth.ScopePolicy;
import id.mpp.server.domain.oauth.Scopes;
import java.time.Clock;

/**
 * The token endpoint's grants for an already authenticated client (RFC 6749 §4.1.3, §4.4, §6): which tokens
 * each grant answers (SSO-030 to SSO-035, SSO-040 to SSO-042, SSO-052, SSO-053). Failures are
 * {@link OAuthException}s.
 */
public final class TokenGrants {
  private final AuthorizationCodeService codes;
  private final RefreshTokenFamily refreshTokens;
  private final ScopePolicy scopePolicy;
  private final TokenIssuer issuer;
  private final OfficerAgencies agencies;
  private final ConsentUse consentUse;
  private final Clock clock;

  public TokenGrants(AuthorizationCodeService codes, RefreshTokenFamily refreshTokens, ScopePolicy scopePolicy,
      TokenIssuer issuer, OfficerAgencies agencies) {
    this(codes, refreshTokens, scopePolicy, issuer, agencies, ConsentUse.NONE, Clock.systemUTC());
  }

  /** As above, noting each use of a citizen's consent (authorization code and refresh) in {@code consentUse}. */
  public TokenGrants(AuthorizationCodeService codes, RefreshTokenFamily refreshTokens, ScopePolicy scopePolicy,
      TokenIssuer issuer, OfficerAgencies agencies, ConsentUse consentUse, Clock clock) {
    this.codes = codes;
    this.refreshTokens = refreshTokens;
    this.scopePolicy = scopePolicy;
    this.issuer = issuer;
    this.agencies = agencies;
    this.consentUse = consentUse;
    this.clock = clock;
  }

  /**
   * Answers a token request of {@code client} with the form's {@code grant_type}.
   *
   * @throws OAuthException {@code unsupported_grant_type} for a grant the provider does not support,
   *     {@code unauthorized_client} for one the client is not registered for, and the grant's own errors
   */
  public TokenResponse grant(Client client, String grantType, TokenForm form) {
    if (grantType == null || grantType.isEmpty()) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "The parameter grant_type is required.");
    }
    GrantType type = GrantType.parse(grantType);
    if (!client.mayUse(type)) {
      throw new OAuthException(OAuthErrorCode.UNAUTHORIZED_CLIENT, "The client may not use this grant type.");
    }
    return switch (type) {
      case AUTHORIZATION_CODE -> authorizationCode(client, form);
      case REFRESH_TOKEN -> refreshToken(client, form);
      case CLIENT_CREDENTIALS -> clientCredentials(client, form);
    };
  }

  private TokenResponse authorizationCode(Client client, TokenForm form) {
    AuthorizationCodeRecord record = codes.redeem(form.code(), client.clientId(), form.redirectUri(),
        form.codeVerifier());
    Grant grant = record.grant();
    IssuedAccessToken access = issuer.issueAccessToken(grant, agencies.agencyOf(grant.subject()).orElse(null));
    String idToken = grant.scopes().contains(Scopes.OPENID)
        ? issuer.issueIdToken(grant, record.nonce(), access.token()) : null;
    String refresh = scopePolicy.issuesRefreshToken(grant.scopes()) && client.mayUse(GrantType.REFRESH_TOKEN)
        ? refreshTokens.start(grant) : null;
    consentUse.record(grant.subject(), client.clientId(), clock.instant());
    return new TokenResponse(access.token(), access.expiresIn(), refresh, idToken, grant.scopes().asString());
  }

  private TokenResponse refreshToken(Client client, TokenForm form) {
    RefreshTokenFamily.Rotation rotation = refreshTokens.rotate(form.refreshToken(), client.clientId(),
        Scopes.parse(form.scope()));
    Grant grant = rotation.grant();
    IssuedAccessToken access = issuer.issueAccessToken(grant, agencies.agencyOf(grant.subject()).orElse(null));
    String idToken = grant.scopes().contains(Scopes.OPENID) ? issuer.issueIdToken(grant, null, access.token()) : null;
    consentUse.record(grant.subject(), client.clientId(), clock.instant());
    return new TokenResponse(access.token(), access.expiresIn(), rotation.refreshToken(), idToken,
        grant.scopes().asString());
  }

  private TokenResponse clientCredentials(Client client, TokenForm form) {
    Scopes scopes = scopePolicy.forClientCredentials(client, Scopes.parse(form.scope()));
    IssuedAccessToken access = issuer.issueClientAccessToken(client, scopes);
    return new TokenResponse(access.token(), access.expiresIn(), null, null, scopes.asString());
  }

  /**
   * The grant members of a token request's form; those a grant does not use are ignored.
   *
   * @param code {@code code}
   * @param redirectUri {@code redirect_uri}
   * @param codeVerifier {@code code_verifier}
   * @param refreshToken {@code refresh_token}
   * @param scope {@code scope}
   */
  public record TokenForm(String code, String redirectUri, String codeVerifier, String refreshToken, String scope) {
    @Override
    public String toString() {
      return "TokenForm[redirectUri=" + redirectUri + ", scope=" + scope + "]";
    }
  }
}
