package id.mpp.server.http.idempotency;

import id.mpp.server.storage.idempotency.JdbcIdempotencyStore;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets expired idempotency keys every hour ({@code mpp.idempotency.purge-interval}), so the table stays small. */
@Singleton
class IdempotencyPurge {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final JdbcIdempotencyStore store;
    private final Clock clock;

    IdempotencyPurge(JdbcIdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mpp.idempotency.purge-interval:1h}", initialDelay = "${mpp.idempotency.purge-interval:1h}")
    int purge() {
        int purged = store.purgeExpired(clock.instant());
        if (purged > 0) {
            LOG.info("purged expired idempotency keys count={}", purged);
        }
        return purged;
    }
}
