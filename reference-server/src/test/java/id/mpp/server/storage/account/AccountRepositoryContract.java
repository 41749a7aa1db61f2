package id.mpp.server.storage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikFlag;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.NikVerificationStatus;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the account repository must do on every database the server supports; each subclass names one. */
abstract class AccountRepositoryContract {

    static final Instant REGISTERED = Instant.parse("2026-11-20T08:15:00Z");

    @Inject
    JdbcAccountRepository accounts;

    @Inject
    AccountOfficerAgencies agencies;

    static Account account(String id, String nik, String email) {
        return new Account(id, Nik.parse(nik), "Siti Rahmawati", LocalDate.parse("1995-08-27"), email, false,
                "+6281327654321", false, NikVerification.unverified(Set.of(NikFlag.UNKNOWN_REGION)), "id", "2026.1",
                PrivacyConsent.given("2026.1", EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT,
                        ProcessingPurpose.SERVICE_NOTIFICATIONS), REGISTERED),
                REGISTERED, REGISTERED);
    }

    @Test
    @DisplayName("An account is read back whole: NIK in full, flags, consents with their times, hash and version")
    void storesAndReadsAnAccount() {
        Account account = account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", "3302016708950003", "Siti@Contoh.id");
        accounts.insert(StoredAccount.citizen(account, "pbkdf2-sha256$1000$c2FsdA$aGFzaA"));

        StoredAccount read = accounts.findById(account.id()).orElseThrow();

        assertThat(read.account()).isEqualTo(account);
        assertThat(read.account().nik().digits()).isEqualTo("3302016708950003");
        assertThat(read.account().nikVerification().flags()).containsExactly(NikFlag.UNKNOWN_REGION);
        assertThat(read.account().privacyConsent().purposes()).extracting(p -> p.purpose() + "@" + p.givenAt())
                .containsExactly("ACCOUNT_MANAGEMENT@" + REGISTERED, "SERVICE_NOTIFICATIONS@" + REGISTERED);
        assertThat(read.passwordHash()).isEqualTo("pbkdf2-sha256$1000$c2FsdA$aGFzaA");
        assertThat(read.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.etag()).isEqualTo("\"1\"");
    }

    @Test
    @DisplayName("An account is found by its NIK and by its e-mail address in any case")
    void findsByNikAndEmail() {
        Account account = account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N3", "3302016708950004", "Budi.Santoso@Contoh.id");
        accounts.insert(StoredAccount.citizen(account, "hash"));

        assertThat(accounts.findByNik("3302016708950004")).map(s -> s.account().id()).hasValue(account.id());
        assertThat(accounts.findByEmail("budi.santoso@contoh.ID")).map(s -> s.account().id()).hasValue(account.id());
        assertThat(accounts.existsByNikOrEmail("3302016708950004", "nobody@contoh.id")).isTrue();
        assertThat(accounts.existsByNikOrEmail("3302016708959999", "BUDI.SANTOSO@contoh.id")).isTrue();
        assertThat(accounts.existsByNikOrEmail("3302016708959999", "nobody@contoh.id")).isFalse();
        assertThat(accounts.findById("usr_00000000000000000000000000")).isEmpty();
    }

    @Test
    @DisplayName("ACC-004: a second account with the same NIK is refused and nothing of it is stored")
    void duplicateNikIsRefused() {
        accounts.insert(StoredAccount.citizen(account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N4", "3302016708950005",
                "first@contoh.id"), "hash"));
        long before = accounts.count();

        assertThatThrownBy(() -> accounts.insert(StoredAccount.citizen(account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N5",
                "3302016708950005", "second@contoh.id"), "hash")))
                .isInstanceOf(DuplicateAccountException.class)
                .hasMessageNotContaining("3302016708950005");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findById("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N5")).isEmpty();
    }

    @Test
    @DisplayName("ACC-004: a second account with the same e-mail address in another case is refused")
    void duplicateEmailIsRefused() {
        accounts.insert(StoredAccount.citizen(account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N6", "3302016708950006",
                "same@contoh.id"), "hash"));

        assertThatThrownBy(() -> accounts.insert(StoredAccount.citizen(account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N7",
                "3302016708950007", "SAME@contoh.id"), "hash")))
                .isInstanceOf(DuplicateAccountException.class);
    }

    @Test
    @DisplayName("An officer's account keeps its agency, which its tokens will carry; a citizen has none")
    void officerKeepsAgency() {
        Account officer = new Account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N8", Nik.parse("3302100906820007"),
                "Agus Setiawan", LocalDate.parse("1982-06-09"), "agus@contoh.id", true, null, false,
                new NikVerification(NikVerificationStatus.VERIFIED, REGISTERED, Set.of(), null), "id", "2026.1",
                PrivacyConsent.given("2026.1", EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), REGISTERED),
                REGISTERED, REGISTERED);
        accounts.insert(StoredAccount.officer(officer, "hash", "33-02-disdukcapil"));
        accounts.insert(StoredAccount.citizen(account("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N9", "3302016708950009",
                "citizen9@contoh.id"), "hash"));

        StoredAccount read = accounts.findById(officer.id()).orElseThrow();
        assertThat(read.kind()).isEqualTo(AccountKind.OFFICER);
        assertThat(read.account()).isEqualTo(officer);
        assertThat(agencies.agencyOf(officer.id())).hasValue("33-02-disdukcapil");
        assertThat(agencies.agencyOf("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N9")).isEmpty();
        assertThat(agencies.agencyOf("usr_00000000000000000000000000")).isEmpty();
    }

    @Test
    @DisplayName("toString of a stored account shows the masked NIK only")
    void toStringMasksTheNik() {
        StoredAccount stored = StoredAccount.citizen(account("usr_X", "3302016708950003", "x@contoh.id"), "secret");

        assertThat(stored.toString()).doesNotContain("3302016708950003").doesNotContain("secret")
                .contains("3302**********03");
    }
}
