package id.mpp.server.storage.session;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** The scopes each account granted each client, in {@code sso_consent}: one row per account and client. */
@Singleton
public class JdbcConsentStore {
    private final SessionJdbc jdbc;

    public JdbcConsentStore(DataSource dataSource) {
        this.jdbc = new SessionJdbc(dataSource);
    }

    public Optional<StoredConsent> find(String accountId, String clientId) {
        return jdbc.queryOne("SELECT scopes, text_version, granted_at FROM sso_consent WHERE account_id = ? AND"
                + " client_id = ?", row -> new StoredConsent(row.getString("scopes"), row.getString("text_version"),
                        SessionJdbc.instant(row, "granted_at")), accountId, clientId);
    }

    /** Records the grant, replacing the account's earlier grant to the client ({@code scopes} is the whole set). */
    public void save(String accountId, String clientId, StoredConsent consent) {
        int updated = jdbc.update("UPDATE sso_consent SET scopes = ?, text_version = ?, granted_at = ?"
                + " WHERE account_id = ? AND client_id = ?", consent.scopes(), consent.textVersion(),
                consent.grantedAt(), accountId, clientId);
        if (updated > 0) {
            return;
        }
        boolean inserted = jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO sso_consent (account_id,"
                    + " client_id, scopes, text_version, granted_at) VALUES (?, ?, ?, ?, ?)")) {
                SessionJdbc.bind(statement, accountId, clientId, consent.scopes(), consent.textVersion(),
                        consent.grantedAt());
                statement.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (SessionJdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false; // a concurrent grant inserted first: update it below
                }
                throw e;
            }
        });
        if (!inserted) {
            jdbc.update("UPDATE sso_consent SET scopes = ?, text_version = ?, granted_at = ?"
                    + " WHERE account_id = ? AND client_id = ?", consent.scopes(), consent.textVersion(),
                    consent.grantedAt(), accountId, clientId);
        }
    }

    /** Withdraws an account's grant to a client; answers whether there was one. */
    public boolean delete(String accountId, String clientId) {
        return jdbc.update("DELETE FROM sso_consent WHERE account_id = ? AND client_id = ?", accountId, clientId) > 0;
    }
}
