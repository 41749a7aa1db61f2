package id.mpp.server.storage.session;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The scopes each account granted each client, in {@code sso_consent}: one row per account and client. */
@Singleton
public class JdbcConsentStore {
    private final SessionJdbc jdbc;

    public JdbcConsentStore(DataSource dataSource) {
        this.jdbc = new SessionJdbc(dataSource);
    }

    private static final String COLUMNS = "scopes, text_version, granted_at, first_granted_at, locale, last_used_at";

    public Optional<StoredConsent> find(String accountId, String clientId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM sso_consent WHERE account_id = ? AND client_id = ?",
                JdbcConsentStore::consent, accountId, clientId);
    }

    private static StoredConsent consent(ResultSet row) throws SQLException {
        Instant grantedAt = SessionJdbc.instant(row, "granted_at");
        Instant first = SessionJdbc.instant(row, "first_granted_at");
        String locale = row.getString("locale");
        return new StoredConsent(row.getString("scopes"), row.getString("text_version"), grantedAt,
                first == null ? grantedAt : first, locale == null ? "id" : locale,
                SessionJdbc.instant(row, "last_used_at"));
    }

    /** An account's grant to one client, for the citizen's list of consents. */
    public record ClientGrant(String clientId, StoredConsent consent) {
    }

    /** Every grant of an account, newest first (then by client ID). */
    public List<ClientGrant> listOf(String accountId) {
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT client_id, " + COLUMNS
                    + " FROM sso_consent WHERE account_id = ? ORDER BY granted_at DESC, client_id")) {
                SessionJdbc.bind(statement, accountId);
                List<ClientGrant> grants = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        grants.add(new ClientGrant(row.getString("client_id"), consent(row)));
                    }
                }
                return grants;
            }
        });
    }

    /**
     * Records the grant, replacing the account's earlier grant to the client ({@code scopes} is the whole set, the
     * text version, time and page language those of this grant); the time of the first grant and of the last use
     * are kept.
     */
    public void save(String accountId, String clientId, StoredConsent consent) {
        if (updateGrant(accountId, clientId, consent) > 0) {
            return;
        }
        boolean inserted = jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO sso_consent (account_id,"
                    + " client_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                SessionJdbc.bind(statement, accountId, clientId, consent.scopes(), consent.textVersion(),
                        consent.grantedAt(), consent.firstGrantedAt(), consent.locale(), consent.lastUsedAt());
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
            updateGrant(accountId, clientId, consent);
        }
    }

    private int updateGrant(String accountId, String clientId, StoredConsent consent) {
        return jdbc.update("UPDATE sso_consent SET scopes = ?, text_version = ?, granted_at = ?, locale = ?"
                + " WHERE account_id = ? AND client_id = ?", consent.scopes(), consent.textVersion(),
                consent.grantedAt(), consent.locale(), accountId, clientId);
    }

    /** The client obtained tokens under the account's consent at {@code at} (nothing when there is no consent). */
    public void recordUse(String accountId, String clientId, Instant at) {
        jdbc.update("UPDATE sso_consent SET last_used_at = ? WHERE account_id = ? AND client_id = ?", at, accountId,
                clientId);
    }

    /**
     * Withdraws an account's grant to a client at {@code withdrawnAt}, keeping a record of it in
     * {@code sso_consent_withdrawal} (in the same transaction); answers whether there was one.
     */
    public boolean withdraw(String accountId, String clientId, Instant withdrawnAt) {
        return jdbc.with(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement keep = connection.prepareStatement("INSERT INTO sso_consent_withdrawal"
                    + " (account_id, client_id, scopes, text_version, granted_at, withdrawn_at) SELECT account_id,"
                    + " client_id, scopes, text_version, granted_at, ? FROM sso_consent WHERE account_id = ?"
                    + " AND client_id = ?");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM sso_consent"
                    + " WHERE account_id = ? AND client_id = ?")) {
                SessionJdbc.bind(keep, withdrawnAt, accountId, clientId);
                keep.executeUpdate();
                SessionJdbc.bind(delete, accountId, clientId);
                boolean withdrawn = delete.executeUpdate() > 0;
                if (withdrawn) {
                    connection.commit();
                } else {
                    connection.rollback(); // nothing to withdraw, or a concurrent withdrawal won
                }
                return withdrawn;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /** When each withdrawn grant of an account to a client was withdrawn, oldest first. */
    public List<Instant> withdrawals(String accountId, String clientId) {
        return jdbc.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT withdrawn_at FROM"
                    + " sso_consent_withdrawal WHERE account_id = ? AND client_id = ? ORDER BY withdrawn_at")) {
                SessionJdbc.bind(statement, accountId, clientId);
                List<Instant> times = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        times.add(SessionJdbc.instant(row, "withdrawn_at"));
                    }
                }
                return times;
            }
        });
    }

    /** Withdraws an account's grant to a client; answers whether there was one. */
    public boolean delete(String accountId, String clientId) {
        return jdbc.update("DELETE FROM sso_consent WHERE account_id = ? AND client_id = ?", accountId, clientId) > 0;
    }
}
