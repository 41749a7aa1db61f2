package id.mpp.server.storage.identity;

import id.mpp.server.identity.AssertionReplayStore;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The {@code jti} of client assertions in {@code sso_client_assertion}, shared by every instance: the primary
 * key makes the first use win, even when two instances see the same assertion at once (SSO-051).
 */
@Singleton
public final class JdbcAssertionReplayStore implements AssertionReplayStore {
    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAssertionReplayStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String clientId, String jti, Instant keepUntil) {
        jdbc.update("DELETE FROM sso_client_assertion WHERE client_id = ? AND jti = ? AND keep_until < ?", clientId,
                jti, clock.instant());
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO sso_client_assertion (client_id, jti, keep_until) VALUES (?, ?, ?)")) {
                Jdbc.bind(statement, clientId, jti, keepUntil);
                statement.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Forgets the assertions whose time passed before {@code cutoff}. */
    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM sso_client_assertion WHERE keep_until < ?", cutoff);
    }
}
