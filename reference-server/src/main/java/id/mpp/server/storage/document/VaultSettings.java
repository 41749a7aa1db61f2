package id.mpp.server.storage.document;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The vault's settings ({@code mpp.vault.*}; README "The document vault"). */
@ConfigurationProperties("mpp.vault")
public class VaultSettings {

    private Duration grantRetention = Duration.ofDays(30);
    private long sizeLimitOverride;
    private int issuedLookupsPerMinute = 30;

    /** How long an agency keeps reading an application's documents after the application closed. */
    public Duration getGrantRetention() {
        return grantRetention;
    }

    public void setGrantRetention(Duration grantRetention) {
        this.grantRetention = grantRetention;
    }

    /**
     * When above 0, the size limit of every document type (bytes) instead of the types' own: for benchmarks and
     * deployments that accept larger scans. 0 keeps each type's {@code max_size_bytes}.
     */
    public long getSizeLimitOverride() {
        return sizeLimitOverride;
    }

    public void setSizeLimitOverride(long sizeLimitOverride) {
        this.sizeLimitOverride = sizeLimitOverride;
    }

    /** How many {@code verifyIssuedDocument} lookups one client address may make per minute (DOC-042). */
    public int getIssuedLookupsPerMinute() {
        return issuedLookupsPerMinute;
    }

    public void setIssuedLookupsPerMinute(int issuedLookupsPerMinute) {
        this.issuedLookupsPerMinute = issuedLookupsPerMinute;
    }
}
