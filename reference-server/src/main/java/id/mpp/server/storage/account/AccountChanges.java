package id.mpp.server.storage.account;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.NikFlag;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PurposeConsent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The changes of the signed-in citizen to an account (V4 tables), each guarded by the version that is the
 * {@code ETag}: a change applies only when the stored version is still the one the citizen saw, so two changes
 * racing each other cannot both win (the loser answers {@code 412}). Also finds the token grants of an account in
 * the provider's tables (V3), so that a password change or a deletion can revoke them.
 */
@Singleton
public class AccountChanges {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public AccountChanges(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Stores {@code changed} as the next version of the account, with its consents, if the stored version is
     * still {@code expectedVersion}.
     *
     * @return whether it was stored ({@code false}: the version moved on, or the account is gone)
     * @throws DuplicateAccountException when another account holds the new e-mail address
     */
    public boolean update(Account changed, long expectedVersion) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement update = connection.prepareStatement("UPDATE account SET full_name = ?,"
                        + " birth_date = ?, email = ?, email_key = ?, email_verified = ?, phone_number = ?,"
                        + " phone_number_verified = ?, nik_status = ?, nik_checked_at = ?, nik_flags = ?,"
                        + " nik_failure_reason = ?, locale = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")) {
                    NikVerification nik = changed.nikVerification();
                    update.setString(1, changed.fullName());
                    update.setObject(2, changed.birthDate());
                    update.setString(3, changed.email());
                    update.setString(4, EmailKeys.of(changed.email()));
                    update.setBoolean(5, changed.emailVerified());
                    update.setString(6, changed.phoneNumber());
                    update.setBoolean(7, changed.phoneNumberVerified());
                    update.setString(8, nik.status().name());
                    update.setObject(9, utc(nik.checkedAt()));
                    update.setString(10, flags(nik.flags()));
                    update.setString(11, nik.failureReason() == null ? null : nik.failureReason().name());
                    update.setString(12, changed.locale());
                    update.setObject(13, utc(changed.updatedAt()));
                    update.setString(14, changed.id());
                    update.setLong(15, expectedVersion);
                    updated = update.executeUpdate();
                }
                if (updated == 0) {
                    connection.rollback();
                    return false;
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM account_consent WHERE account_id = ?")) {
                    delete.setString(1, changed.id());
                    delete.executeUpdate();
                }
                try (PreparedStatement consent = connection.prepareStatement(
                        "INSERT INTO account_consent (account_id, purpose, given_at) VALUES (?, ?, ?)")) {
                    for (PurposeConsent purpose : changed.privacyConsent().purposes()) {
                        consent.setString(1, changed.id());
                        consent.setString(2, purpose.purpose().name());
                        consent.setObject(3, utc(purpose.givenAt()));
                        consent.addBatch();
                    }
                    consent.executeBatch();
                }
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || e instanceof java.sql.SQLIntegrityConstraintViolationException) {
                throw new DuplicateAccountException();
            }
            throw failure(e);
        }
    }

    /** Replaces the password hash; the version (the {@code ETag}) does not change, as the contract says. */
    public boolean changePasswordHash(String accountId, String passwordHash) {
        return execute("UPDATE account SET password_hash = ? WHERE id = ?", passwordHash, accountId) == 1;
    }

    /**
     * Deletes the account, its purpose consents and a pending e-mail code if its version is still {@code expectedVersion}.
     *
     * @return whether it was deleted
     */
    public boolean delete(String accountId, long expectedVersion) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement consents = connection.prepareStatement(
                        "DELETE FROM account_consent WHERE account_id = ?"
                                + " AND EXISTS (SELECT 1 FROM account WHERE id = ? AND version = ?)")) {
                    consents.setString(1, accountId);
                    consents.setString(2, accountId);
                    consents.setLong(3, expectedVersion);
                    consents.executeUpdate();
                }
                int deleted;
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM account WHERE id = ? AND version = ?")) {
                    delete.setString(1, accountId);
                    delete.setLong(2, expectedVersion);
                    deleted = delete.executeUpdate();
                }
                if (deleted == 0) {
                    connection.rollback();
                    return false;
                }
                try (PreparedStatement challenge = connection.prepareStatement(
                        "DELETE FROM email_challenge WHERE account_id = ?")) {
                    challenge.setString(1, accountId);
                    challenge.executeUpdate();
                }
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The IDs of the grants (refresh-token families) issued for {@code subject}. */
    public List<String> grantsOf(String subject) {
        return strings("SELECT DISTINCT grant_id FROM sso_refresh_token WHERE subject = ?", subject);
    }

    /**
     * The grants of an account held by one client: its refresh-token families and its authorization codes (a
     * code not yet redeemed included, so that revoking them leaves the client nothing to redeem).
     */
    public List<String> grantsOf(String subject, String clientId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT grant_id FROM sso_refresh_token"
                     + " WHERE subject = ? AND client_id = ? UNION SELECT grant_id FROM sso_authorization_code"
                     + " WHERE subject = ? AND client_id = ?")) {
            select.setString(1, subject);
            select.setString(2, clientId);
            select.setString(3, subject);
            select.setString(4, clientId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The grant an access token was issued from, or {@code null} (client credentials, or not recorded). */
    public String grantOfAccessToken(String jti) {
        List<String> grants = strings("SELECT grant_id FROM sso_access_token_grant WHERE jti = ?", jti);
        return grants.isEmpty() ? null : grants.get(0);
    }

    private List<String> strings(String sql, String argument) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, argument);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private int execute(String sql, String first, String second) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static String flags(Set<NikFlag> flags) {
        return flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Account change failed (SQLSTATE " + e.getSQLState() + ")");
    }
}
