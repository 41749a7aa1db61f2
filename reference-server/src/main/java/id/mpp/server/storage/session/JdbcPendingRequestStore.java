package id.mpp.server.storage.session;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Requests waiting on the login, consent or logout page, in {@code sso_pending_request}, by the reference's hash. */
@Singleton
public class JdbcPendingRequestStore {
    private final SessionJdbc jdbc;

    public JdbcPendingRequestStore(DataSource dataSource) {
        this.jdbc = new SessionJdbc(dataSource);
    }

    public void save(String idHash, PendingRequest request) {
        jdbc.update("INSERT INTO sso_pending_request (id_hash, kind, query, csrf_token, browser_hash, created_at,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", idHash, request.kind(), request.query(),
                request.csrfToken(), request.browserHash(), request.createdAt(), request.expiresAt());
    }

    /** The request of a reference, if it exists and has not expired at {@code now}. */
    public Optional<PendingRequest> findActive(String idHash, Instant now) {
        return jdbc.queryOne("SELECT kind, query, csrf_token, browser_hash, created_at, expires_at"
                + " FROM sso_pending_request WHERE id_hash = ? AND expires_at > ?", row -> new PendingRequest(
                        row.getString("kind"), row.getString("query"), row.getString("csrf_token"),
                        row.getString("browser_hash"), SessionJdbc.instant(row, "created_at"),
                        SessionJdbc.instant(row, "expires_at")), idHash, now);
    }

    /** Deletes a request (it was answered); answers whether it was still there, so that only one POST wins. */
    public boolean delete(String idHash) {
        return jdbc.update("DELETE FROM sso_pending_request WHERE id_hash = ?", idHash) > 0;
    }

    public int purgeExpired(Instant now) {
        return jdbc.update("DELETE FROM sso_pending_request WHERE expires_at <= ?", now);
    }
}
