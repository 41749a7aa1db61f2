package id.mpp.server.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of signing-key rotation (SSO-005, sso.yaml {@code getJwks}).
 *
 * @param leadTime how long a new key is published before it signs: at least 24 hours and at least twice
 *     {@code jwksMaxAge}
 * @param rotationPeriod how long a key signs before its successor takes over
 * @param maxTokenLifetime the longest lifetime of a token the provider signs
 * @param jwksMaxAge the JWK Set's {@code Cache-Control max-age}, at most one hour (SSO-003)
 */
public record KeyRotationPolicy(Duration leadTime, Duration rotationPeriod, Duration maxTokenLifetime,
    Duration jwksMaxAge) {
  public static final Duration MIN_LEAD_TIME = Duration.ofHours(24);
  public static final Duration MAX_JWKS_MAX_AGE = Duration.ofHours(1);

  public KeyRotationPolicy {
    Objects.requireNonNull(leadTime, "leadTime");
    Objects.requireNonNull(rotationPeriod, "rotationPeriod");
    Objects.requireNonNull(maxTokenLifetime, "maxTokenLifetime");
    Objects.requireNonNull(jwksMaxAge, "jwksMaxAge");
    if (jwksMaxAge.isNegative() || jwksMaxAge.compareTo(MAX_JWKS_MAX_AGE) > 0) {
      throw new IllegalArgumentException("The JWK Set max-age is at most one hour (SSO-003)");
    }
    if (leadTime.compareTo(MIN_LEAD_TIME) < 0 || leadTime.compareTo(jwksMaxAge.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("A new key is published at least 24 hours and twice max-age ahead (SSO-005)");
    }
    if (rotationPeriod.compareTo(leadTime) <= 0) {
      throw new IllegalArgumentException("The rotation period must be longer than the lead time");
    }
    if (maxTokenLifetime.isNegative() || maxTokenLifetime.isZero()) {
      throw new IllegalArgumentException("The token lifetime must be positive");
    }
  }

  /** 24 hours' lead, 90 days' rotation, 300-second tokens, one hour's JWK Set caching. */
  public static KeyRotationPolicy defaults() {
    return new KeyRotationPolicy(MIN_LEAD_TIME, Duration.ofDays(90), Duration.ofSeconds(300), MAX_JWKS_MAX_AGE);
  }

  /** How long a retired key stays published: the longest token lifetime plus the JWK Set's max-age. */
  public Duration retention() {
    return maxTokenLifetime.plus(jwksMaxAge);
  }
}
