package id.mpp.server.storage.identity;

import id.mpp.server.domain.oauth.RefreshTokenRecord;
import id.mpp.server.domain.oauth.RefreshTokenRepository;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Refresh tokens in {@code sso_refresh_token}, by hash only, rotated ones kept (SSO-040, SSO-041). */
@Singleton
public final class JdbcRefreshTokenRepository implements RefreshTokenRepository {
    private final Jdbc jdbc;

    public JdbcRefreshTokenRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(RefreshTokenRecord token) {
        jdbc.update("INSERT INTO sso_refresh_token (token_hash, " + GrantColumns.NAMES
                + ", issued_at, family_expires_at, rotated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                GrantColumns.concat(new Object[] {token.tokenHash()}, GrantColumns.concat(
                        GrantColumns.values(token.grant()), token.issuedAt(), token.familyExpiresAt(),
                        token.rotatedAt())));
    }

    @Override
    public Optional<RefreshTokenRecord> find(String tokenHash) {
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM sso_refresh_token WHERE token_hash = ?")) {
                statement.setString(1, tokenHash);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new RefreshTokenRecord(row.getString("token_hash"), GrantColumns.read(row),
                            Jdbc.instant(row, "issued_at"), Jdbc.instant(row, "family_expires_at"),
                            Jdbc.instant(row, "rotated_at")));
                }
            }
        });
    }

    @Override
    public boolean markRotated(String tokenHash, Instant at) {
        return jdbc.update("UPDATE sso_refresh_token SET rotated_at = ? WHERE token_hash = ? AND rotated_at IS NULL",
                at, tokenHash) == 1;
    }

    /** Deletes the tokens of families that ended before {@code cutoff}; answers how many. */
    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM sso_refresh_token WHERE family_expires_at < ?", cutoff);
    }
}
