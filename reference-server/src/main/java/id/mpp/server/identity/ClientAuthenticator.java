package id.mpp.server.identity;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.ClientAuthMethod;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import java.util.Optional;

/**
 * Authenticates the client of a token, revocation or introspection request by the one method it is
 * registered for (SSO-050, SSO-051, SSO-052): {@code client_secret_basic}, {@code private_key_jwt}, or
 * {@code none} for a public client identified by {@code client_id} alone. {@code client_secret_post}, no
 * credentials from a confidential client, or another method than the registered one is
 * {@code invalid_client}.
 */
public final class ClientAuthenticator {
  private final ClientDirectory clients;
  private final PrivateKeyJwtVerifier assertions;
  private final SecretVerifier secrets;

  /** Checks a presented secret against the stored hash (the account layer's password hasher). */
  @FunctionalInterface
  public interface SecretVerifier {
    boolean matches(String secret, String secretHash);
  }

  public ClientAuthenticator(ClientDirectory clients, PrivateKeyJwtVerifier assertions, SecretVerifier secrets) {
    this.clients = clients;
    this.assertions = assertions;
    this.secrets = secrets;
  }

  /**
   * The authenticated client.
   *
   * @throws OAuthException {@code invalid_client} when authentication fails; {@code invalid_request} when
   *     more than one method is used
   */
  public Client authenticate(ClientCredentials credentials) {
    if (credentials.formClientSecret() != null) {
      throw fail("client_secret_post is not supported.");
    }
    boolean basic = credentials.basicClientId() != null;
    boolean jwt = credentials.assertion() != null || credentials.assertionType() != null;
    if (basic && jwt) {
      throw new OAuthException(OAuthErrorCode.INVALID_REQUEST, "Only one client authentication method may be used.");
    }
    if (basic) {
      return basic(credentials);
    }
    if (jwt) {
      return privateKeyJwt(credentials);
    }
    Client client = find(credentials.formClientId());
    if (client.authMethod() != ClientAuthMethod.NONE) {
      throw fail("The client must authenticate.");
    }
    return client;
  }

  private Client basic(ClientCredentials credentials) {
    if (credentials.formClientId() != null && !credentials.formClientId().equals(credentials.basicClientId())) {
      throw fail("client_id differs from the Basic credentials.");
    }
    Client client = find(credentials.basicClientId());
    if (client.authMethod() != ClientAuthMethod.CLIENT_SECRET_BASIC) {
      throw fail("The client is not registered for client_secret_basic.");
    }
    if (credentials.basicSecret() == null || !secrets.matches(credentials.basicSecret(), client.secretHash())) {
      throw fail("Client authentication failed.");
    }
    return client;
  }

  private Client privateKeyJwt(ClientCredentials credentials) {
    String clientId = Optional.ofNullable(credentials.formClientId())
        .or(() -> PrivateKeyJwtVerifier.claimedClientId(credentials.assertion()))
        .orElseThrow(() -> fail("The client cannot be identified."));
    Client client = find(clientId);
    assertions.verify(client, credentials.assertionType(), credentials.assertion());
    return client;
  }

  private Client find(String clientId) {
    if (clientId == null || clientId.isEmpty()) {
      throw fail("The client cannot be identified.");
    }
    return clients.find(clientId).orElseThrow(() -> fail("Client authentication failed."));
  }

  private static OAuthException fail(String description) {
    return new OAuthException(OAuthErrorCode.INVALID_CLIENT, description);
  }
}
