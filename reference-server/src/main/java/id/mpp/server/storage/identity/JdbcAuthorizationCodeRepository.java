package id.mpp.server.storage.identity;

import id.mpp.server.domain.oauth.AuthorizationCodeRecord;
import id.mpp.server.domain.oauth.AuthorizationCodeRepository;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Authorization codes in {@code sso_authorization_code}, by hash only (SSO-031). */
@Singleton
public final class JdbcAuthorizationCodeRepository implements AuthorizationCodeRepository {
    private final Jdbc jdbc;

    public JdbcAuthorizationCodeRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(AuthorizationCodeRecord code) {
        jdbc.update("INSERT INTO sso_authorization_code (code_hash, " + GrantColumns.NAMES
                + ", redirect_uri, code_challenge, nonce, issued_at, expires_at, redeemed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                GrantColumns.concat(new Object[] {code.codeHash()}, GrantColumns.concat(
                        GrantColumns.values(code.grant()), code.redirectUri(), code.codeChallenge(), code.nonce(),
                        code.issuedAt(), code.expiresAt(), code.redeemedAt())));
    }

    @Override
    public Optional<AuthorizationCodeRecord> find(String codeHash) {
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM sso_authorization_code WHERE code_hash = ?")) {
                statement.setString(1, codeHash);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new AuthorizationCodeRecord(row.getString("code_hash"), GrantColumns.read(row),
                            row.getString("redirect_uri"), row.getString("code_challenge"), row.getString("nonce"),
                            Jdbc.instant(row, "issued_at"), Jdbc.instant(row, "expires_at"),
                            Jdbc.instant(row, "redeemed_at")));
                }
            }
        });
    }

    @Override
    public boolean markRedeemed(String codeHash, Instant at) {
        return jdbc.update("UPDATE sso_authorization_code SET redeemed_at = ? WHERE code_hash = ? AND redeemed_at IS NULL",
                at, codeHash) == 1;
    }

    /** Deletes the codes that expired before {@code cutoff}; answers how many. */
    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM sso_authorization_code WHERE expires_at < ?", cutoff);
    }
}
