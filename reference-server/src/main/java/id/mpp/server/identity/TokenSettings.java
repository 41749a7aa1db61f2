package id.mpp.server.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * The provider's identity and token lifetimes.
 *
 * @param issuer the issuer identifier, without trailing slash (SSO-001)
 * @param accessTokenLifetime at most 300 seconds (SSO-035)
 * @param idTokenLifetime the ID token's lifetime
 */
public record TokenSettings(String issuer, Duration accessTokenLifetime, Duration idTokenLifetime) {
  public static final Duration MAX_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(300);

  public TokenSettings {
    Objects.requireNonNull(issuer, "issuer");
    if (issuer.endsWith("/") || issuer.contains("?") || issuer.contains("#")) {
      throw new IllegalArgumentException("The issuer has no trailing slash, query or fragment (SSO-001)");
    }
    if (accessTokenLifetime.isZero() || accessTokenLifetime.isNegative()
        || accessTokenLifetime.compareTo(MAX_ACCESS_TOKEN_LIFETIME) > 0) {
      throw new IllegalArgumentException("Access tokens live at most 300 seconds (SSO-035)");
    }
    if (idTokenLifetime.isZero() || idTokenLifetime.isNegative()) {
      throw new IllegalArgumentException("The ID token lifetime must be positive");
    }
  }

  /** The contract's lifetimes: 300 seconds for both tokens. */
  public static TokenSettings of(String issuer) {
    return new TokenSettings(issuer, MAX_ACCESS_TOKEN_LIFETIME, MAX_ACCESS_TOKEN_LIFETIME);
  }

  /** The access tokens' audience, the API base URL {@code <issuer>/v1}. */
  public String apiAudience() {
    return issuer + "/v1";
  }

  /** The token endpoint URL, also accepted as a client assertion's audience (SSO-051). */
  public String tokenEndpoint() {
    return issuer + "/v1/sso/token";
  }
}
