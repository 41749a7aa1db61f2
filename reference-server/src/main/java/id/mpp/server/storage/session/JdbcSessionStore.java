package id.mpp.server.storage.session;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** SSO sessions in {@code sso_session}, by the SHA-256 of the cookie value (never the value itself). */
@Singleton
public class JdbcSessionStore {
    private final SessionJdbc jdbc;

    public JdbcSessionStore(DataSource dataSource) {
        this.jdbc = new SessionJdbc(dataSource);
    }

    public void create(String idHash, StoredSession session) {
        jdbc.update("INSERT INTO sso_session (id_hash, session_id, account_id, auth_time, acr, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", idHash, session.sessionId(), session.accountId(),
                session.authTime(), session.acr(), session.createdAt(), session.expiresAt());
    }

    /** The session of a cookie, if it exists and has not expired at {@code now}. */
    public Optional<StoredSession> findActive(String idHash, Instant now) {
        return jdbc.queryOne("SELECT session_id, account_id, auth_time, acr, created_at, expires_at FROM sso_session"
                + " WHERE id_hash = ? AND expires_at > ?", row -> new StoredSession(row.getString("session_id"),
                        row.getString("account_id"), SessionJdbc.instant(row, "auth_time"), row.getString("acr"),
                        SessionJdbc.instant(row, "created_at"), SessionJdbc.instant(row, "expires_at")),
                idHash, now);
    }

    /** Ends a session; answers whether there was one. */
    public boolean delete(String idHash) {
        return jdbc.update("DELETE FROM sso_session WHERE id_hash = ?", idHash) > 0;
    }

    /** Deletes the sessions expired before {@code now}; answers how many. */
    public int purgeExpired(Instant now) {
        return jdbc.update("DELETE FROM sso_session WHERE expires_at <= ?", now);
    }
}
