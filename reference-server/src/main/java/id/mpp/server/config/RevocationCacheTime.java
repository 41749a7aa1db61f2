package id.mpp.server.config;

import id.mpp.server.identity.TokenSettings;
import java.time.Duration;
import java.util.Locale;

/**
 * How long an access token's "not revoked" answer is kept ({@code mpp.sso.revocation-cache}, see
 * {@link id.mpp.server.domain.oauth.CachedTokenRevocations}). Unset, it depends on the database: the embedded H2
 * database is opened by one process only, so every revocation passes through this instance and the answer can be kept
 * as long as an access token lives; any other database (PostgreSQL) may be shared by several instances, so every
 * check asks it (zero), which keeps SSO-070 across instances. A deployment of one instance on PostgreSQL, or one
 * that accepts that a revocation through another instance takes a few seconds to be seen here, sets it.
 */
final class RevocationCacheTime {

    private RevocationCacheTime() {
    }

    static Duration of(Duration configured, String databaseUrl) {
        if (configured != null) {
            return configured;
        }
        return onlyThisProcess(databaseUrl) ? TokenSettings.MAX_ACCESS_TOKEN_LIFETIME : Duration.ZERO;
    }

    /** An embedded H2 database (file or memory), not its server modes, which other processes can open too. */
    static boolean onlyThisProcess(String databaseUrl) {
        if (databaseUrl == null) {
            return false;
        }
        String url = databaseUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.replace(" ", "").contains(";auto_server=true");
    }
}
