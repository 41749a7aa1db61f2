package id.mpp.server.domain.oauth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A registered client application.
 *
 * @param clientId the client's ID
 * @param name the name shown on the consent page
 * @param type confidential or public
 * @param authMethod how it authenticates; {@code none} exactly for public clients
 * @param redirectUris the registered redirect URIs, compared exactly (loopback: any port, SSO-012)
 * @param postLogoutRedirectUris the registered post-logout redirect URIs, compared exactly
 * @param allowedScopes the scopes the client may ask for
 * @param grantTypes the grant types it may use
 * @param agencyId the agency of an agency's back-end or officer application, or {@code null}
 * @param jwkSetJson the client's public JWK Set (JSON) for {@code private_key_jwt}, else {@code null}
 * @param secretHash the hash of the client secret for {@code client_secret_basic}, else {@code null}
 */
public record Client(
    String clientId,
    String name,
    ClientType type,
    ClientAuthMethod authMethod,
    List<String> redirectUris,
    List<String> postLogoutRedirectUris,
    Scopes allowedScopes,
    Set<GrantType> grantTypes,
    String agencyId,
    String jwkSetJson,
    String secretHash) {

  public Client {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(authMethod, "authMethod");
    redirectUris = List.copyOf(redirectUris);
    postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
    Objects.requireNonNull(allowedScopes, "allowedScopes");
    grantTypes = Set.copyOf(grantTypes);
    if ((type == ClientType.PUBLIC) != (authMethod == ClientAuthMethod.NONE)) {
      throw new IllegalArgumentException("A client authenticates with none exactly when it is public");
    }
    if (type == ClientType.PUBLIC && grantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
      throw new IllegalArgumentException("A public client cannot use client_credentials (SSO-052)");
    }
    if (authMethod == ClientAuthMethod.PRIVATE_KEY_JWT && (jwkSetJson == null || jwkSetJson.isBlank())) {
      throw new IllegalArgumentException("A private_key_jwt client needs a registered JWK Set");
    }
    if (authMethod == ClientAuthMethod.CLIENT_SECRET_BASIC && (secretHash == null || secretHash.isBlank())) {
      throw new IllegalArgumentException("A client_secret_basic client needs a secret");
    }
    if (grantTypes.contains(GrantType.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
      throw new IllegalArgumentException("An authorization_code client needs a redirect URI");
    }
  }

  public boolean isPublic() {
    return type == ClientType.PUBLIC;
  }

  public boolean mayUse(GrantType grantType) {
    return grantTypes.contains(grantType);
  }

  public Optional<String> agency() {
    return Optional.ofNullable(agencyId);
  }

  /** Leaves the secret hash and the keys out, so a logged client never carries credentials. */
  @Override
  public String toString() {
    return "Client[clientId=" + clientId + ", type=" + type + ", authMethod=" + authMethod.value() + "]";
  }

  /** Whether {@code uri} is one of the registered post-logout redirect URIs, character for character (SSO-091). */
  public boolean hasPostLogoutRedirectUri(String uri) {
    return uri != null && postLogoutRedirectUris.contains(uri);
  }
}
