package id.mpp.server.storage.account;

import id.mpp.server.domain.account.EmailChallenge;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/** The pending e-mail verification codes (table {@code email_challenge}, at most one per account). */
@Singleton
public class JdbcEmailChallengeStore {

    private final DataSource dataSource;

    public JdbcEmailChallengeStore(DataSource dataSource) {
        // The raw pool: each call is one atomic statement of its own.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Optional<EmailChallenge> find(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT account_id, email, code_hash,"
                        + " created_at, expires_at, attempts_left FROM email_challenge WHERE account_id = ?")) {
            select.setString(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new EmailChallenge(row.getString("account_id"), row.getString("email"),
                        row.getString("code_hash"), instant(row, "created_at"), instant(row, "expires_at"),
                        row.getInt("attempts_left")));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Stores the challenge, replacing the account's earlier one (a new code makes the old one useless). */
    public void replace(EmailChallenge challenge) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM email_challenge WHERE account_id = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO email_challenge (account_id,"
                            + " email, code_hash, created_at, expires_at, attempts_left) VALUES (?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, challenge.accountId());
                delete.executeUpdate();
                insert.setString(1, challenge.accountId());
                insert.setString(2, challenge.email());
                insert.setString(3, challenge.codeHash());
                insert.setObject(4, timestamp(challenge.createdAt()));
                insert.setObject(5, timestamp(challenge.expiresAt()));
                insert.setInt(6, challenge.attemptsLeft());
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Uses up one attempt of exactly this challenge; answers false when it is no longer there with that many
     * attempts (a concurrent attempt or a new code came first), so two racing wrong guesses both count.
     */
    public boolean recordFailedAttempt(EmailChallenge challenge) {
        return update("UPDATE email_challenge SET attempts_left = attempts_left - 1 WHERE account_id = ?"
                + " AND code_hash = ? AND attempts_left = ? AND attempts_left > 0", challenge) == 1;
    }

    /** Removes exactly this challenge (confirmed); false when a concurrent request already did. */
    public boolean consume(EmailChallenge challenge) {
        return update("DELETE FROM email_challenge WHERE account_id = ? AND code_hash = ? AND attempts_left = ?",
                challenge) == 1;
    }

    private int update(String sql, EmailChallenge challenge) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, challenge.accountId());
            statement.setString(2, challenge.codeHash());
            statement.setInt(3, challenge.attemptsLeft());
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("E-mail challenge store failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
}
