package id.mpp.server.domain.oauth;

/**
 * Which scopes a client may obtain, grant by grant (SSO-014, SSO-040, SSO-042, SSO-053). Every refusal is an
 * {@link OAuthException} with {@code invalid_scope}.
 */
public final class ScopePolicy {

  /**
   * The scopes of an authorization request: {@code openid} required, every scope supported and allowed for
   * the client; {@code offline_access} only for a client registered for the {@code refresh_token} grant.
   */
  public Scopes forAuthorization(Client client, Scopes requested) {
    if (!requested.contains(Scopes.OPENID)) {
      throw invalidScope("The scope openid is required.");
    }
    requireSupportedAndAllowed(client, requested);
    if (requested.contains(Scopes.OFFLINE_ACCESS) && !client.mayUse(GrantType.REFRESH_TOKEN)) {
      throw invalidScope("The client may not ask for offline_access.");
    }
    return requested;
  }

  /**
   * The scopes of a {@code client_credentials} token: those asked among the client's registered ones, all
   * of them when none is asked; never {@code openid} or {@code offline_access} (no ID or refresh token).
   */
  public Scopes forClientCredentials(Client client, Scopes requested) {
    Scopes registered = client.allowedScopes().minus(Scopes.of(Scopes.OPENID, Scopes.OFFLINE_ACCESS));
    if (requested.isEmpty()) {
      if (registered.isEmpty()) {
        throw invalidScope("The client has no scope for client_credentials.");
      }
      return registered;
    }
    if (requested.contains(Scopes.OPENID) || requested.contains(Scopes.OFFLINE_ACCESS)) {
      throw invalidScope("The scopes openid and offline_access are not available with client_credentials.");
    }
    requireSupportedAndAllowed(client, requested);
    return requested;
  }

  /** The scopes of a refreshed token: the granted ones, or a subset of them when asked (RFC 6749 §6). */
  public Scopes forRefresh(Scopes granted, Scopes requested) {
    if (requested.isEmpty()) {
      return granted;
    }
    if (!requested.isSubsetOf(granted)) {
      throw invalidScope("The scope is wider than the one granted.");
    }
    return requested;
  }

  /** A refresh token is issued only when {@code offline_access} was granted (SSO-040). */
  public boolean issuesRefreshToken(Scopes granted) {
    return granted.contains(Scopes.OFFLINE_ACCESS);
  }

  private static void requireSupportedAndAllowed(Client client, Scopes requested) {
    for (String scope : requested.values()) {
      if (!Scopes.SUPPORTED.contains(scope)) {
        throw invalidScope("A requested scope is unknown.");
      }
      if (!client.allowedScopes().contains(scope)) {
        throw invalidScope("A requested scope is not allowed for this client.");
      }
    }
  }

  private static OAuthException invalidScope(String description) {
    return new OAuthException(OAuthErrorCode.INVALID_SCOPE, description);
  }
}
