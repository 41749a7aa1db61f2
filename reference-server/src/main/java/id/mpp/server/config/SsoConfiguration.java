package id.mpp.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code mpp.sso.*}: the timing of the OpenID Connect provider. The issuer itself is {@code mpp.issuer}.
 * Defaults: keys published 24 hours before they sign, rotated every 90 days, checked hourly; the JWK Set cached
 * one hour; refresh-token families live 30 days; 60 seconds of clock skew tolerated on received JWTs; the
 * revocation cache unset (automatic, see {@link RevocationCacheTime}).
 */
@ConfigurationProperties("mpp.sso")
public class SsoConfiguration {
    private Duration keyLeadTime = Duration.ofHours(24);
    private Duration keyRotationPeriod = Duration.ofDays(90);
    private Duration jwksMaxAge = Duration.ofHours(1);
    private Duration refreshTokenLifetime = Duration.ofDays(30);
    private Duration clockSkew = Duration.ofSeconds(60);
    private Duration revocationCache;

    public Duration getKeyLeadTime() {
        return keyLeadTime;
    }

    public void setKeyLeadTime(Duration keyLeadTime) {
        this.keyLeadTime = keyLeadTime;
    }

    public Duration getKeyRotationPeriod() {
        return keyRotationPeriod;
    }

    public void setKeyRotationPeriod(Duration keyRotationPeriod) {
        this.keyRotationPeriod = keyRotationPeriod;
    }

    public Duration getJwksMaxAge() {
        return jwksMaxAge;
    }

    public void setJwksMaxAge(Duration jwksMaxAge) {
        this.jwksMaxAge = jwksMaxAge;
    }

    public Duration getRefreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    public void setRefreshTokenLifetime(Duration refreshTokenLifetime) {
        this.refreshTokenLifetime = refreshTokenLifetime;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    /** How long a "not revoked" answer about an access token is kept; null: automatic ({@link RevocationCacheTime}). */
    public Duration getRevocationCache() {
        return revocationCache;
    }

    public void setRevocationCache(Duration revocationCache) {
        this.revocationCache = revocationCache;
    }
}
