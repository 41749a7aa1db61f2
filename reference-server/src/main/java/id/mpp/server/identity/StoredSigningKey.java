package id.mpp.server.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A signing key as persisted.
 *
 * @param kid the key ID, never reused
 * @param privateJwkJson the RSA key pair as a JWK (JSON, private members included); keep it out of logs
 * @param publishAt from when it appears in the JWK Set
 * @param activateAt from when it signs (until a later key activates)
 */
public record StoredSigningKey(String kid, String privateJwkJson, Instant publishAt, Instant activateAt) {
  public StoredSigningKey {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(privateJwkJson, "privateJwkJson");
    Objects.requireNonNull(publishAt, "publishAt");
    Objects.requireNonNull(activateAt, "activateAt");
    if (activateAt.isBefore(publishAt)) {
      throw new IllegalArgumentException("A key is published before it signs (SSO-005)");
    }
  }

  @Override
  public String toString() {
    return "StoredSigningKey[kid=" + kid + ", publishAt=" + publishAt + ", activateAt=" + activateAt + "]";
  }
}
