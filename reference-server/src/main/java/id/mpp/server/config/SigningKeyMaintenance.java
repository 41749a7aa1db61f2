package id.mpp.server.config;

import id.mpp.server.identity.SigningKeyRing;
import id.mpp.server.storage.identity.JdbcAssertionReplayStore;
import id.mpp.server.storage.identity.JdbcAuthorizationCodeRepository;
import id.mpp.server.storage.identity.JdbcRefreshTokenRepository;
import id.mpp.server.storage.identity.JdbcTokenRevocations;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the signing keys in line with the rotation policy (SSO-004, SSO-005): at start-up (the first key of a
 * deployment is made here) and then every {@code mpp.sso.key-maintenance-interval} (default one hour); each run
 * also re-reads the keys another instance may have rotated, and purges expired codes, tokens and assertion IDs.
 * Instances sharing one database may both create a key in the same instant; both are then valid keys.
 */
@Singleton
final class SigningKeyMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyMaintenance.class);

    private final SigningKeyRing ring;
    private final JdbcAuthorizationCodeRepository codes;
    private final JdbcRefreshTokenRepository refreshTokens;
    private final JdbcTokenRevocations revocations;
    private final JdbcAssertionReplayStore assertions;
    private final Clock clock;

    SigningKeyMaintenance(SigningKeyRing ring, JdbcAuthorizationCodeRepository codes,
            JdbcRefreshTokenRepository refreshTokens, JdbcTokenRevocations revocations,
            JdbcAssertionReplayStore assertions, Clock clock) {
        this.ring = ring;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.assertions = assertions;
        this.clock = clock;
    }

    /** Creates the ring, and with it the first key, at start-up rather than at the first token request. */
    @EventListener
    void onStartup(StartupEvent event) {
        ring.reload();
    }

    @Scheduled(fixedDelay = "${mpp.sso.key-maintenance-interval:1h}", initialDelay = "${mpp.sso.key-maintenance-interval:1h}")
    void maintain() {
        try {
            ring.maintain();
            // A day's margin beyond every expiry, clock skew included.
            Instant cutoff = clock.instant().minus(Duration.ofDays(1));
            int purged = codes.purgeExpiredBefore(cutoff) + refreshTokens.purgeExpiredBefore(cutoff)
                    + revocations.purgeExpiredBefore(cutoff) + assertions.purgeExpiredBefore(cutoff);
            LOG.info("Signing keys maintained; {} expired identity rows purged", purged);
        } catch (RuntimeException e) {
            LOG.error("Signing key maintenance failed; the next run tries again", e);
        }
    }
}
