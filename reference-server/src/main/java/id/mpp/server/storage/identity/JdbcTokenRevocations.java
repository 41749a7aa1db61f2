package id.mpp.server.storage.identity;

import id.mpp.server.domain.oauth.TokenRevocations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Revocations in the database, so that every instance of a deployment refuses a revoked token (SSO-041,
 * SSO-070): access tokens revoked one by one, revoked grants, and which grant each account access token came
 * from. Client-credentials tokens have no grant and are not recorded at issue.
 */
@Singleton
public final class JdbcTokenRevocations implements TokenRevocations {
    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcTokenRevocations(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public void recordAccessToken(String jti, String grantId, Instant expiresAt) {
        if (grantId != null) {
            jdbc.update("INSERT INTO sso_access_token_grant (jti, grant_id, expires_at) VALUES (?, ?, ?)",
                    jti, grantId, expiresAt);
        }
    }

    @Override
    public void revokeAccessToken(String jti, Instant expiresAt) {
        insertIgnoringDuplicate("INSERT INTO sso_revoked_access_token (jti, expires_at) VALUES (?, ?)", jti, expiresAt);
    }

    @Override
    public void revokeGrant(String grantId) {
        insertIgnoringDuplicate("INSERT INTO sso_revoked_grant (grant_id, revoked_at) VALUES (?, ?)", grantId,
                clock.instant());
    }

    @Override
    public boolean isGrantRevoked(String grantId) {
        return exists("SELECT 1 FROM sso_revoked_grant WHERE grant_id = ?", grantId);
    }

    @Override
    public boolean isAccessTokenRevoked(String jti) {
        return exists("SELECT 1 FROM sso_revoked_access_token WHERE jti = ?"
                + " UNION ALL SELECT 1 FROM sso_access_token_grant a JOIN sso_revoked_grant g ON g.grant_id = a.grant_id"
                + " WHERE a.jti = ?", jti, jti);
    }

    /** Forgets access tokens that expired before {@code cutoff}: they are refused for their {@code exp} anyway. */
    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM sso_revoked_access_token WHERE expires_at < ?", cutoff)
                + jdbc.update("DELETE FROM sso_access_token_grant WHERE expires_at < ?", cutoff);
    }

    private boolean exists(String sql, Object... parameters) {
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Jdbc.bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private void insertIgnoringDuplicate(String sql, Object... parameters) {
        jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Jdbc.bind(statement, parameters);
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isDuplicateKey(e)) {
                    return 0;
                }
                throw e;
            }
        });
    }
}
