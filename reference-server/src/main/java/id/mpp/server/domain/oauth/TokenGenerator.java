package id.mpp.server.domain.oauth;

/** Makes the unguessable values of the provider: codes, refresh tokens, IDs. Injected so tests are exact. */
public interface TokenGenerator {
  /** A new value with at least 256 bits of entropy, base64url without padding. */
  String newToken();
}
