package id.mpp.server.http.login;

import id.mpp.server.storage.session.JdbcPendingRequestStore;
import id.mpp.server.storage.session.JdbcSessionStore;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Deletes expired SSO sessions and pending requests every {@code mpp.login.purge-interval}. */
@Singleton
class SessionPurge {
    private final JdbcSessionStore sessions;
    private final JdbcPendingRequestStore pending;
    private final Clock clock;

    SessionPurge(JdbcSessionStore sessions, JdbcPendingRequestStore pending, Clock clock) {
        this.sessions = sessions;
        this.pending = pending;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mpp.login.purge-interval:1h}", initialDelay = "${mpp.login.purge-interval:1h}")
    void purge() {
        sessions.purgeExpired(clock.instant());
        pending.purgeExpired(clock.instant());
    }
}
