package id.mpp.server.domain.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored refresh token: only its hash, its grant (the family: every refresh token descending from one
 * authorization shares the grant ID) and whether it was already rotated.
 *
 * @param tokenHash {@link TokenHashes#hash} of the token
 * @param grant the grant (family) it belongs to, with the full granted scopes
 * @param issuedAt when it was issued
 * @param familyExpiresAt when the family stops, whatever the rotations
 * @param rotatedAt when it was used (and replaced), or {@code null}
 */
public record RefreshTokenRecord(String tokenHash, Grant grant, Instant issuedAt, Instant familyExpiresAt,
    Instant rotatedAt) {

  public RefreshTokenRecord {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(familyExpiresAt, "familyExpiresAt");
  }

  public boolean isRotated() {
    return rotatedAt != null;
  }
}
