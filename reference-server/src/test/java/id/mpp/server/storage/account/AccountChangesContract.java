package id.mpp.server.storage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.account.RegistryAnswer;
import id.mpp.server.domain.account.NikVerificationStatus;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.RefreshTokenRecord;
import id.mpp.server.domain.oauth.RefreshTokenRepository;
import id.mpp.server.domain.oauth.Scopes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the account changes must do on every database the server supports; each subclass names one. */
abstract class AccountChangesContract {
    private static final Instant LATER = AccountRepositoryContract.REGISTERED.plusSeconds(3600);

    @Inject
    JdbcAccountRepository accounts;

    @Inject
    AccountChanges changes;

    @Inject
    RefreshTokenRepository refreshTokens;

    private Account stored(String id, String nik, String email) {
        Account account = AccountRepositoryContract.account(id, nik, email);
        accounts.insert(StoredAccount.citizen(account, "pbkdf2-sha256$1000$c2FsdA$aGFzaA"));
        return account;
    }

    @Test
    @DisplayName("ACC-011: a change applies only at the expected version, raises it, and stores fields and consents")
    void updatesAtTheExpectedVersion() {
        Account account = stored("usr_01JD7ZK4Q9W2E3R5T6Y8V0CHA1", "3302016708950201", "ubah1@contoh.id");
        Account changed = account.withLocale("en", LATER).withPhoneNumber(null, LATER)
                .withBirthDate(LocalDate.parse("1995-08-28"), LATER)
                .withPrivacyPurposes(EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT,
                        ProcessingPurpose.IDENTITY_VERIFICATION), LATER)
                .withRegistryAnswer(RegistryAnswer.match(), LATER);

        assertThat(changes.update(changed, 2)).isFalse();
        assertThat(changes.update(changed, 1)).isTrue();
        assertThat(changes.update(changed, 1)).isFalse();

        StoredAccount read = accounts.findById(account.id()).orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.account()).isEqualTo(changed);
        assertThat(read.account().nikVerification().status()).isEqualTo(NikVerificationStatus.VERIFIED);
        assertThat(read.account().privacyConsent().purposes()).extracting(p -> p.purpose() + "@" + p.givenAt())
                .containsExactly("ACCOUNT_MANAGEMENT@" + AccountRepositoryContract.REGISTERED,
                        "IDENTITY_VERIFICATION@" + LATER);
    }

    @Test
    @DisplayName("ACC-014: an e-mail address another account holds, in any case, is refused")
    void emailStaysUnique() {
        Account account = stored("usr_01JD7ZK4Q9W2E3R5T6Y8V0CHA2", "3302016708950202", "ubah2@contoh.id");
        stored("usr_01JD7ZK4Q9W2E3R5T6Y8V0CHA3", "3302016708950203", "ubah3@contoh.id");

        assertThatThrownBy(() -> changes.update(account.withEmail("UBAH3@contoh.id", LATER), 1))
                .isInstanceOf(DuplicateAccountException.class);
        assertThat(accounts.findById(account.id()).orElseThrow().account().email()).isEqualTo("ubah2@contoh.id");
    }

    @Test
    @DisplayName("ACC-020: the password hash changes without a new version")
    void passwordHashKeepsTheVersion() {
        Account account = stored("usr_01JD7ZK4Q9W2E3R5T6Y8V0CHA4", "3302016708950204", "ubah4@contoh.id");

        assertThat(changes.changePasswordHash(account.id(), "pbkdf2-sha256$1000$YmFydQ$YmFydQ")).isTrue();

        StoredAccount read = accounts.findById(account.id()).orElseThrow();
        assertThat(read.passwordHash()).isEqualTo("pbkdf2-sha256$1000$YmFydQ$YmFydQ");
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("ACC-061: deletion needs the current version and removes the account with its consents; NIK and address are free again")
    void deletesAtTheExpectedVersion() {
        Account account = stored("usr_01JD7ZK4Q9W2E3R5T6Y8V0CHA5", "3302016708950205", "ubah5@contoh.id");

        assertThat(changes.delete(account.id(), 3)).isFalse();
        assertThat(accounts.findById(account.id())).isPresent();
        assertThat(changes.delete(account.id(), 1)).isTrue();

        assertThat(accounts.findById(account.id())).isEmpty();
        assertThat(accounts.existsByNikOrEmail("3302016708950205", "ubah5@contoh.id")).isFalse();
    }

    @Test
    @DisplayName("ACC-021: the grants of an account are found through its refresh tokens")
    void findsTheGrantsOfAnAccount() {
        String subject = "usr_01JD7ZK4Q9W2E3R5T6Y8V0CHA6";
        for (String grantId : new String[] {"grant-a", "grant-b"}) {
            Grant grant = new Grant(grantId + subject, "demo-web", subject, "sid", Scopes.parse("openid account"),
                    LATER, AcrValue.EMAIL);
            refreshTokens.save(new RefreshTokenRecord(grantId + "-hash-" + subject, grant, LATER,
                    LATER.plusSeconds(86400), null));
        }

        assertThat(changes.grantsOf(subject)).containsExactlyInAnyOrder("grant-a" + subject, "grant-b" + subject);
        assertThat(changes.grantsOf("usr_nobody")).isEmpty();
        assertThat(changes.grantOfAccessToken("no-such-jti")).isNull();
    }
}
