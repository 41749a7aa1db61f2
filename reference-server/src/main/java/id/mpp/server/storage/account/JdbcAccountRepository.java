package id.mpp.server.storage.account;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikFailureReason;
import id.mpp.server.domain.account.NikFlag;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.NikVerificationStatus;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.account.PurposeConsent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Accounts in tables {@code account} and {@code account_consent} (V4), in plain JDBC. The NIK and the e-mail address
 * (in lower case) are unique in the table itself, so two registrations racing each other cannot both win. The NIK is
 * stored in full: the population registry is asked about it; it is never logged (exceptions carry the SQL state
 * only).
 */
@Singleton
public class JdbcAccountRepository {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, kind, agency_id, nik, full_name, birth_date, email, email_verified,"
            + " phone_number, phone_number_verified, password_hash, nik_status, nik_checked_at, nik_flags,"
            + " nik_failure_reason, locale, accepted_terms_version, privacy_notice_version, version, created_at,"
            + " updated_at";

    private final DataSource dataSource;

    public JdbcAccountRepository(DataSource dataSource) {
        // The raw pool, not Micronaut Data's contextual proxy: each call manages its own connection.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * Stores a new account and its consents, in one transaction.
     *
     * @throws DuplicateAccountException when an account holds the NIK or the e-mail address
     */
    public void insert(StoredAccount stored) {
        Account account = stored.account();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (" + COLUMNS
                        + ", email_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    NikVerification nik = account.nikVerification();
                    insert.setString(1, account.id());
                    insert.setString(2, stored.kind().name());
                    insert.setString(3, stored.agencyId());
                    insert.setString(4, account.nik().digits());
                    insert.setString(5, account.fullName());
                    insert.setObject(6, account.birthDate());
                    insert.setString(7, account.email());
                    insert.setBoolean(8, account.emailVerified());
                    insert.setString(9, account.phoneNumber());
                    insert.setBoolean(10, account.phoneNumberVerified());
                    insert.setString(11, stored.passwordHash());
                    insert.setString(12, nik.status().name());
                    insert.setObject(13, utc(nik.checkedAt()));
                    insert.setString(14, flags(nik.flags()));
                    insert.setString(15, nik.failureReason() == null ? null : nik.failureReason().name());
                    insert.setString(16, account.locale());
                    insert.setString(17, account.acceptedTermsVersion());
                    insert.setString(18, account.privacyConsent().noticeVersion());
                    insert.setLong(19, stored.version());
                    insert.setObject(20, utc(account.createdAt()));
                    insert.setObject(21, utc(account.updatedAt()));
                    insert.setString(22, EmailKeys.of(account.email()));
                    insert.executeUpdate();
                }
                try (PreparedStatement consent = connection.prepareStatement(
                        "INSERT INTO account_consent (account_id, purpose, given_at) VALUES (?, ?, ?)")) {
                    for (PurposeConsent purpose : account.privacyConsent().purposes()) {
                        consent.setString(1, account.id());
                        consent.setString(2, purpose.purpose().name());
                        consent.setObject(3, utc(purpose.givenAt()));
                        consent.addBatch();
                    }
                    consent.executeBatch();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                throw new DuplicateAccountException();
            }
            throw failure(e);
        }
    }

    public Optional<StoredAccount> findById(String id) {
        return findOne("id = ?", id);
    }

    /** The account of a NIK (16 digits). */
    public Optional<StoredAccount> findByNik(String nik) {
        return findOne("nik = ?", nik);
    }

    /** The account of an e-mail address, whatever its case. */
    public Optional<StoredAccount> findByEmail(String email) {
        return findOne("email_key = ?", EmailKeys.of(email));
    }

    /** Whether an account holds the NIK or the e-mail address (in any case). */
    public boolean existsByNikOrEmail(String nik, String email) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM account WHERE nik = ? OR email_key = ?")) {
            select.setString(1, nik);
            select.setString(2, EmailKeys.of(email));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** How many accounts there are. */
    public long count() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM account");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<StoredAccount> findOne(String condition, String value) {
        try (Connection connection = dataSource.getConnection()) {
            StoredAccount found;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM account WHERE " + condition)) {
                select.setString(1, value);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    found = read(row, consentsOf(connection, row.getString("id")));
                }
            }
            return Optional.of(found);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static List<PurposeConsent> consentsOf(Connection connection, String accountId) throws SQLException {
        List<PurposeConsent> consents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT purpose, given_at FROM account_consent WHERE account_id = ? ORDER BY purpose")) {
            select.setString(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consents.add(new PurposeConsent(ProcessingPurpose.valueOf(rows.getString("purpose")),
                            instant(rows, "given_at")));
                }
            }
        }
        consents.sort((a, b) -> a.purpose().compareTo(b.purpose()));
        return consents;
    }

    private static StoredAccount read(ResultSet row, List<PurposeConsent> consents) throws SQLException {
        String failure = row.getString("nik_failure_reason");
        NikVerification verification = new NikVerification(
                NikVerificationStatus.valueOf(row.getString("nik_status")), instant(row, "nik_checked_at"),
                flags(row.getString("nik_flags")), failure == null ? null : NikFailureReason.valueOf(failure));
        Account account = new Account(row.getString("id"), Nik.parse(row.getString("nik")),
                row.getString("full_name"), row.getObject("birth_date", LocalDate.class), row.getString("email"),
                row.getBoolean("email_verified"), row.getString("phone_number"),
                row.getBoolean("phone_number_verified"), verification, row.getString("locale"),
                row.getString("accepted_terms_version"),
                new PrivacyConsent(row.getString("privacy_notice_version"), consents),
                instant(row, "created_at"), instant(row, "updated_at"));
        return new StoredAccount(account, row.getString("password_hash"), AccountKind.valueOf(row.getString("kind")),
                row.getString("agency_id"), row.getLong("version"));
    }

    private static String flags(Set<NikFlag> flags) {
        return flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<NikFlag> flags(String column) {
        Set<NikFlag> flags = EnumSet.noneOf(NikFlag.class);
        if (column != null && !column.isBlank()) {
            for (String name : column.split(",")) {
                flags.add(NikFlag.valueOf(name.trim()));
            }
        }
        return flags;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())
                    || next instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Account store query failed (SQLSTATE " + e.getSQLState() + ")");
    }
}
