package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final Instant REGISTERED = Instant.parse("2026-11-20T08:15:00Z");
    private static final Instant LATER = Instant.parse("2026-11-21T02:40:11Z");

    private static Account siti(Set<NikFlag> flags) {
        Nik nik = Nik.parse("3302016708950003");
        Registration registration = new Registration(
                new NikAssessment(nik, Sex.FEMALE, java.util.Optional.of(LocalDate.of(1995, 8, 27)), flags),
                "Siti Rahmawati", LocalDate.of(1995, 8, 27), "siti.rahmawati@contoh.id", "+6281327654321",
                "Kopi-Tubruk-Purwokerto-1995", "id", "2026.1", "2026.1",
                EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT, ProcessingPurpose.IDENTITY_VERIFICATION));
        return Account.register("usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2", registration, REGISTERED);
    }

    private static Account siti() {
        return siti(Set.of());
    }

    private static Account verifiedSiti() {
        return siti().withEmailVerified(LATER).withRegistryAnswer(RegistryAnswer.match(), LATER);
    }

    @Test
    @DisplayName("ACC-003 a new account is basic, its e-mail unverified and its NIK UNVERIFIED")
    void aNewAccountStartsAtTheBottom() {
        Account account = siti();
        assertThat(account.acr()).isEqualTo(AssuranceLevel.BASIC);
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.phoneNumberVerified()).isFalse();
        assertThat(account.nikVerification().status()).isEqualTo(NikVerificationStatus.UNVERIFIED);
        assertThat(account.nikVerification().checkedAt()).isNull();
        assertThat(account.createdAt()).isEqualTo(REGISTERED).isEqualTo(account.updatedAt());
    }

    @Test
    @DisplayName("ACC-002 the flags registration raised are kept on the new account")
    void theFlagsAreKept() {
        assertThat(siti(Set.of(NikFlag.UNKNOWN_REGION)).nikVerification().flags())
                .containsExactly(NikFlag.UNKNOWN_REGION);
    }

    @Test
    @DisplayName("ACC-007 every consented purpose is recorded with the time of registration")
    void consentIsRecordedWithTheTime() {
        assertThat(siti().privacyConsent().purposes()).containsExactly(
                new PurposeConsent(ProcessingPurpose.ACCOUNT_MANAGEMENT, REGISTERED),
                new PurposeConsent(ProcessingPurpose.IDENTITY_VERIFICATION, REGISTERED));
        assertThat(siti().privacyConsent().noticeVersion()).isEqualTo("2026.1");
    }

    @Test
    @DisplayName("ACC-030 verifying the e-mail address raises the account to email")
    void verifyingTheEmailRaisesTheLevel() {
        assertThat(siti().withEmailVerified(LATER).acr()).isEqualTo(AssuranceLevel.EMAIL);
    }

    @Test
    @DisplayName("ACC-012 changing the e-mail address unverifies it and lowers the level to basic, even from nik")
    void changingTheEmailLowersTheLevel() {
        Account changed = verifiedSiti().withEmail("siti.rahmawati@surel.banyumaskab.go.id", LATER.plusSeconds(60));
        assertThat(changed.emailVerified()).isFalse();
        assertThat(changed.acr()).isEqualTo(AssuranceLevel.BASIC);
        assertThat(changed.nikVerification().status()).isEqualTo(NikVerificationStatus.VERIFIED);
        assertThat(changed.updatedAt()).isEqualTo(LATER.plusSeconds(60));
        assertThat(changed.withEmailVerified(LATER.plusSeconds(120)).acr()).isEqualTo(AssuranceLevel.NIK);
    }

    @Test
    @DisplayName("ACC-012 setting the same e-mail address, in any case, changes nothing")
    void theSameEmailChangesNothing() {
        Account verified = siti().withEmailVerified(LATER);
        assertThat(verified.withEmail("Siti.Rahmawati@contoh.id", LATER.plusSeconds(1))).isSameAs(verified);
    }

    @Test
    @DisplayName("changing or removing the phone number resets its verification")
    void changingThePhoneResetsItsVerification() {
        Account account = siti();
        Account verifiedPhone = new Account(account.id(), account.nik(), account.fullName(), account.birthDate(),
                account.email(), false, account.phoneNumber(), true, account.nikVerification(), account.locale(),
                account.acceptedTermsVersion(), account.privacyConsent(), account.createdAt(), account.updatedAt());
        assertThat(verifiedPhone.withPhoneNumber("+6285712345678", LATER).phoneNumberVerified()).isFalse();
        assertThat(verifiedPhone.withPhoneNumber(null, LATER).phoneNumber()).isNull();
        assertThat(verifiedPhone.withPhoneNumber("+6281327654321", LATER)).isSameAs(verifiedPhone);
    }

    @Test
    @DisplayName("ACC-040 a registry match verifies the NIK, clears the flags and records the time and the consent")
    void aMatchVerifiesTheNik() {
        Account verified = siti(Set.of(NikFlag.UNKNOWN_REGION)).withEmailVerified(LATER)
                .withRegistryAnswer(RegistryAnswer.match(), LATER);
        assertThat(verified.nikVerification()).isEqualTo(
                new NikVerification(NikVerificationStatus.VERIFIED, LATER, Set.of(), null));
        assertThat(verified.acr()).isEqualTo(AssuranceLevel.NIK);
        assertThat(verified.privacyConsent().covers(ProcessingPurpose.IDENTITY_VERIFICATION)).isTrue();
    }

    @Test
    @DisplayName("ACC-040 a verified NIK with an unverified e-mail stays basic, and rises to nik when the e-mail is verified")
    void aVerifiedNikWaitsForTheEmail() {
        Account verified = siti().withRegistryAnswer(RegistryAnswer.match(), LATER);
        assertThat(verified.acr()).isEqualTo(AssuranceLevel.BASIC);
        assertThat(verified.withEmailVerified(LATER).acr()).isEqualTo(AssuranceLevel.NIK);
    }

    @Test
    @DisplayName("ACC-041 a mismatch fails the check with its reason, keeps the flags and leaves the level alone")
    void aMismatchFailsTheCheck() {
        Account before = siti(Set.of(NikFlag.UNKNOWN_REGION)).withEmailVerified(LATER);
        Account failed = before.withRegistryAnswer(RegistryAnswer.mismatch(NikFailureReason.BIRTH_DATE_MISMATCH), LATER);
        assertThat(failed.nikVerification()).isEqualTo(new NikVerification(NikVerificationStatus.FAILED, LATER,
                Set.of(NikFlag.UNKNOWN_REGION), NikFailureReason.BIRTH_DATE_MISMATCH));
        assertThat(failed.acr()).isEqualTo(before.acr()).isEqualTo(AssuranceLevel.EMAIL);
    }

    @Test
    @DisplayName("ACC-041 a NIK the registry does not know fails with NIK_NOT_FOUND, and may be retried")
    void anUnknownNikFailsAndMayBeRetried() {
        Account failed = siti().withRegistryAnswer(RegistryAnswer.notFound(), LATER);
        assertThat(failed.nikVerification().failureReason()).isEqualTo(NikFailureReason.NIK_NOT_FOUND);
        failed.requireNikVerificationAllowed();
        assertThat(failed.withRegistryAnswer(RegistryAnswer.match(), LATER.plusSeconds(5)).nikVerification()
                .isVerified()).isTrue();
    }

    @Test
    @DisplayName("ACC-042 an unreachable registry leaves the account exactly as it was")
    void anUnreachableRegistryChangesNothing() {
        Account account = siti();
        assertThat(account.withRegistryAnswer(RegistryAnswer.unavailable(), LATER)).isSameAs(account);
    }

    @Test
    @DisplayName("ACC-043 a NIK already VERIFIED cannot be checked again")
    void aVerifiedNikIsNotCheckedAgain() {
        assertThatThrownBy(() -> verifiedSiti().withRegistryAnswer(RegistryAnswer.match(), LATER))
                .isInstanceOf(AccountStateException.class)
                .satisfies(e -> assertThat(((AccountStateException) e).reason()).isEqualTo("ALREADY_VERIFIED"));
    }

    @Test
    @DisplayName("ACC-043 a NIK whose check is PENDING cannot be checked again")
    void aPendingNikIsNotCheckedAgain() {
        Account account = siti();
        Account pending = new Account(account.id(), account.nik(), account.fullName(), account.birthDate(),
                account.email(), false, null, false,
                new NikVerification(NikVerificationStatus.PENDING, null, Set.of(), null), "id", "2026.1",
                account.privacyConsent(), REGISTERED, REGISTERED);
        assertThatThrownBy(pending::requireNikVerificationAllowed).isInstanceOf(AccountStateException.class)
                .satisfies(e -> assertThat(((AccountStateException) e).reason()).isEqualTo("VERIFICATION_PENDING"));
    }

    @Test
    @DisplayName("ACC-013 once the NIK is verified the name and birth date cannot change")
    void theIdentityIsFixedOnceVerified() {
        Account verified = verifiedSiti();
        assertThatThrownBy(() -> verified.withFullName("Siti R.", LATER)).isInstanceOf(AccountStateException.class)
                .satisfies(e -> assertThat(((AccountStateException) e).reason()).isEqualTo("IDENTITY_FIXED"));
        assertThatThrownBy(() -> verified.withBirthDate(LocalDate.of(1995, 8, 28), LATER))
                .isInstanceOf(AccountStateException.class);
        assertThat(verified.withFullName("Siti Rahmawati", LATER)).isSameAs(verified);
    }

    @Test
    @DisplayName("before verification a corrected birth date clears BIRTH_DATE_MISMATCH, and a wrong one raises it")
    void aBirthDateChangeFollowsTheNik() {
        Account flagged = siti(Set.of(NikFlag.BIRTH_DATE_MISMATCH, NikFlag.UNKNOWN_REGION))
                .withBirthDate(LocalDate.of(1995, 8, 28), LATER);
        Account corrected = flagged.withBirthDate(LocalDate.of(1995, 8, 27), LATER);
        assertThat(corrected.nikVerification().flags()).containsExactly(NikFlag.UNKNOWN_REGION);
        assertThat(siti().withBirthDate(LocalDate.of(1994, 8, 27), LATER).nikVerification().flags())
                .containsExactly(NikFlag.BIRTH_DATE_MISMATCH);
        assertThat(siti().withFullName("Siti Rahmawati Putri", LATER).fullName()).isEqualTo("Siti Rahmawati Putri");
    }

    @Test
    @DisplayName("changing the purposes keeps the time of kept ones, records added ones and refuses dropping ACCOUNT_MANAGEMENT")
    void purposesChangeAsTheContractSays() {
        Account changed = siti().withPrivacyPurposes(
                EnumSet.of(ProcessingPurpose.ACCOUNT_MANAGEMENT, ProcessingPurpose.SERVICE_NOTIFICATIONS), LATER);
        assertThat(changed.privacyConsent().purposes()).containsExactly(
                new PurposeConsent(ProcessingPurpose.ACCOUNT_MANAGEMENT, REGISTERED),
                new PurposeConsent(ProcessingPurpose.SERVICE_NOTIFICATIONS, LATER));
        assertThatThrownBy(() -> siti().withPrivacyPurposes(EnumSet.of(ProcessingPurpose.SERVICE_NOTIFICATIONS), LATER))
                .isInstanceOf(AccountStateException.class)
                .satisfies(e -> assertThat(((AccountStateException) e).reason())
                        .isEqualTo("ACCOUNT_MANAGEMENT_REQUIRED"));
        assertThatThrownBy(() -> siti().withPrivacyPurposes(Set.of(), LATER))
                .isInstanceOf(AccountStateException.class);
    }

    @Test
    @DisplayName("ACC-010 an account's toString shows the masked NIK only")
    void toStringMasksTheNik() {
        assertThat(siti().toString()).contains("3302**********03").doesNotContain("3302016708950003")
                .doesNotContain("siti.rahmawati");
    }

    @Test
    @DisplayName("the locale changes and the same locale changes nothing")
    void theLocaleChanges() {
        assertThat(siti().withLocale("en", LATER).locale()).isEqualTo("en");
        Account account = siti();
        assertThat(account.withLocale("id", LATER)).isSameAs(account);
    }
}
