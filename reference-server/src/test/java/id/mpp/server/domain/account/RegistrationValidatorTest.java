package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationValidatorTest {
    /** 2026-11-29 16:30 UTC is already 30 November in Jayapura (UTC+9). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T16:30:00Z"), ZoneOffset.UTC);
    private final RegistrationValidator validator = new RegistrationValidator(
            new NikValidator(CLOCK, Set.of("33.02")::contains), new PasswordPolicy(), CLOCK,
            ZoneId.of("Asia/Jayapura"), "2026.1", "2026.1");

    /** The contract's example request. */
    private static RegistrationForm siti() {
        return new RegistrationForm("3302016708950003", "Siti Rahmawati", "1995-08-27", "siti.rahmawati@contoh.id",
                "+6281327654321", "Kopi-Tubruk-Purwokerto-1995", "id", "2026.1",
                new RegistrationForm.Consent("2026.1",
                        List.of("ACCOUNT_MANAGEMENT", "IDENTITY_VERIFICATION", "SERVICE_NOTIFICATIONS")));
    }

    private static RegistrationForm with(RegistrationForm f, String member, Object value) {
        return new RegistrationForm(
                member.equals("nik") ? (String) value : f.nik(),
                member.equals("full_name") ? (String) value : f.fullName(),
                member.equals("birth_date") ? (String) value : f.birthDate(),
                member.equals("email") ? (String) value : f.email(),
                member.equals("phone_number") ? (String) value : f.phoneNumber(),
                member.equals("password") ? (String) value : f.password(),
                member.equals("locale") ? (String) value : f.locale(),
                member.equals("accepted_terms_version") ? (String) value : f.acceptedTermsVersion(),
                member.equals("privacy_consent") ? (RegistrationForm.Consent) value : f.privacyConsent());
    }

    private static RegistrationForm withPurposes(String... purposes) {
        return with(siti(), "privacy_consent", new RegistrationForm.Consent("2026.1", Arrays.asList(purposes)));
    }

    private List<FieldError> errorsOf(RegistrationForm form) {
        RegistrationValidation validation = validator.validate(form);
        assertThat(validation.isValid()).isFalse();
        assertThat(validation.registration()).isEmpty();
        return validation.errors();
    }

    @Test
    @DisplayName("ACC-003 the contract's example registration is valid and keeps every value")
    void theContractsExampleIsValid() {
        RegistrationValidation validation = validator.validate(siti());
        assertThat(validation.errors()).isEmpty();
        Registration registration = validation.registration().orElseThrow();
        assertThat(registration.nik().nik().digits()).isEqualTo("3302016708950003");
        assertThat(registration.nik().flags()).isEmpty();
        assertThat(registration.birthDate()).isEqualTo(LocalDate.of(1995, 8, 27));
        assertThat(registration.locale()).isEqualTo("id");
        assertThat(registration.purposes()).containsExactlyInAnyOrder(ProcessingPurpose.ACCOUNT_MANAGEMENT,
                ProcessingPurpose.IDENTITY_VERIFICATION, ProcessingPurpose.SERVICE_NOTIFICATIONS);
    }

    @Test
    @DisplayName("neither the form nor the registration shows the NIK or the password in toString")
    void toStringShowsNeitherNikNorPassword() {
        assertThat(siti().toString()).doesNotContain("3302016708950003").doesNotContain("Kopi-Tubruk");
        assertThat(validator.validate(siti()).registration().orElseThrow().toString())
                .doesNotContain("3302016708950003").doesNotContain("Kopi-Tubruk").contains("3302**********03");
    }

    @Test
    @DisplayName("without optional members the registration is valid, with locale id by default")
    void optionalMembersMayBeAbsent() {
        RegistrationForm form = with(with(siti(), "phone_number", null), "locale", null);
        Registration registration = validator.validate(form).registration().orElseThrow();
        assertThat(registration.locale()).isEqualTo("id");
        assertThat(registration.phoneNumber()).isNull();
    }

    @Test
    @DisplayName("an empty form names every required member with REQUIRED")
    void anEmptyFormNamesEveryRequiredMember() {
        List<FieldError> errors = errorsOf(new RegistrationForm(null, null, null, null, null, null, null, null, null));
        assertThat(errors).extracting(FieldError::pointer).containsExactly("#/nik", "#/full_name", "#/birth_date",
                "#/email", "#/password", "#/accepted_terms_version", "#/privacy_consent");
        assertThat(errors).extracting(FieldError::code).containsOnly("REQUIRED");
    }

    @Test
    @DisplayName("ACC-001 a structurally impossible NIK is an error at #/nik with code INVALID_NIK in both languages")
    void anImpossibleNikIsAnErrorAtNik() {
        List<FieldError> errors = errorsOf(with(siti(), "nik", "3302013508950003"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("#/nik");
            assertThat(e.code()).isEqualTo("INVALID_NIK");
            assertThat(e.message("id")).contains("tanggal lahir");
            assertThat(e.message("en")).contains("birth day");
        });
    }

    @Test
    @DisplayName("ACC-001 a NIK that is not 16 digits is an error at #/nik with code INVALID_FORMAT")
    void aShortNikIsInvalidFormat() {
        assertThat(errorsOf(with(siti(), "nik", "33020167089500"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/nik", "INVALID_FORMAT");
    }

    @Test
    @DisplayName("ACC-002 an unknown region and a disagreeing birth date are flagged and still valid")
    void flaggedNiksAreStillValid() {
        RegistrationForm form = with(with(siti(), "nik", "3398011505880002"), "birth_date", "1988-05-16");
        Registration registration = validator.validate(form).registration().orElseThrow();
        assertThat(registration.nik().flags())
                .containsExactlyInAnyOrder(NikFlag.UNKNOWN_REGION, NikFlag.BIRTH_DATE_MISMATCH);
    }

    @Test
    @DisplayName("a full name that is blank or longer than 100 characters is refused at #/full_name")
    void theFullNameHasBounds() {
        assertThat(errorsOf(with(siti(), "full_name", "  "))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/full_name", "TOO_SHORT");
        assertThat(errorsOf(with(siti(), "full_name", "a".repeat(101)))).singleElement()
                .extracting(FieldError::code).isEqualTo("TOO_LONG");
        assertThat(validator.validate(with(siti(), "full_name", "a".repeat(100))).isValid()).isTrue();
    }

    @Test
    @DisplayName("a birth date that is not YYYY-MM-DD is INVALID_FORMAT at #/birth_date")
    void aMalformedBirthDateIsRefused() {
        assertThat(errorsOf(with(siti(), "birth_date", "27-08-1995"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/birth_date", "INVALID_FORMAT");
        assertThat(errorsOf(with(siti(), "birth_date", "1995-02-30"))).singleElement()
                .extracting(FieldError::code).isEqualTo("INVALID_FORMAT");
    }

    @Test
    @DisplayName("a birth date in the future is OUT_OF_RANGE, judged by the date in Indonesia's easternmost zone")
    void aBirthDateInTheFutureIsRefused() {
        assertThat(errorsOf(with(siti(), "birth_date", "2026-12-01"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/birth_date", "OUT_OF_RANGE");
        RegistrationForm bornToday = with(with(siti(), "birth_date", "2026-11-30"), "nik", "3302013011260001");
        assertThat(validator.validate(bornToday).isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"siti", "siti@", "@contoh.id", "siti@contoh", "siti rahma@contoh.id", "siti@@contoh.id",
        "siti..r@contoh.id", "siti@contoh..id", "siti@-contoh.id", "siti@contoh.i"})
    @DisplayName("an e-mail address that is not one is INVALID_FORMAT at #/email")
    void aMalformedEmailIsRefused(String email) {
        assertThat(errorsOf(with(siti(), "email", email))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/email", "INVALID_FORMAT");
    }

    @Test
    @DisplayName("an e-mail address longer than 254 characters is TOO_LONG at #/email")
    void aLongEmailIsRefused() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".id";
        assertThat(errorsOf(with(siti(), "email", email))).extracting(FieldError::code).containsExactly("TOO_LONG");
    }

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {"siti.rahmawati@contoh.id", "siti+mpp@surel.banyumaskab.go.id", "a_b-c@x.co"})
    @DisplayName("ordinary e-mail addresses are accepted")
    void ordinaryEmailsAreAccepted(String email) {
        assertThat(validator.validate(with(siti(), "email", email)).isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"081327654321", "+6281327", "+62081327654321", "+65813276543", "+62813276543210123",
        "+62 813 2765 4321"})
    @DisplayName("a phone number not +62 then 8 to 13 digits is INVALID_FORMAT at #/phone_number")
    void aMalformedPhoneNumberIsRefused(String phone) {
        assertThat(errorsOf(with(siti(), "phone_number", phone))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/phone_number", "INVALID_FORMAT");
    }

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {"+6281327654", "+6281327654321", "+622112345678"})
    @DisplayName("a phone number of +62 then 8 to 13 digits is accepted")
    void aWellFormedPhoneNumberIsAccepted(String phone) {
        assertThat(validator.validate(with(siti(), "phone_number", phone)).isValid()).isTrue();
    }

    @Test
    @DisplayName("ACC-006 a password shorter than 10 characters is TOO_SHORT at #/password")
    void aShortPasswordIsRefused() {
        assertThat(errorsOf(with(siti(), "password", "Kopi-Tubr"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/password", "TOO_SHORT");
    }

    @Test
    @DisplayName("ACC-006 a password containing the NIK is CONTAINS_NIK at #/password")
    void aPasswordWithTheNikIsRefused() {
        assertThat(errorsOf(with(siti(), "password", "nik3302016708950003!"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/password", "CONTAINS_NIK");
    }

    @Test
    @DisplayName("ACC-006 a password containing the e-mail address is CONTAINS_EMAIL at #/password")
    void aPasswordWithTheEmailIsRefused() {
        assertThat(errorsOf(with(siti(), "password", "Siti.Rahmawati@Contoh.id1"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/password", "CONTAINS_EMAIL");
    }

    @Test
    @DisplayName("a locale other than id or en is INVALID_FORMAT at #/locale")
    void anUnknownLocaleIsRefused() {
        assertThat(errorsOf(with(siti(), "locale", "jv"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/locale", "INVALID_FORMAT");
    }

    @Test
    @DisplayName("ACC-007 a terms version that is not current is NOT_CURRENT at #/accepted_terms_version")
    void oldTermsAreRefused() {
        assertThat(errorsOf(with(siti(), "accepted_terms_version", "2025.2"))).singleElement()
                .extracting(FieldError::pointer, FieldError::code)
                .containsExactly("#/accepted_terms_version", "NOT_CURRENT");
    }

    @Test
    @DisplayName("ACC-007 a registration without privacy_consent is REQUIRED at #/privacy_consent")
    void consentIsRequired() {
        assertThat(errorsOf(with(siti(), "privacy_consent", null))).singleElement()
                .extracting(FieldError::pointer, FieldError::code).containsExactly("#/privacy_consent", "REQUIRED");
    }

    @Test
    @DisplayName("ACC-007 a notice version that is not current is NOT_CURRENT at #/privacy_consent/notice_version")
    void anOldNoticeIsRefused() {
        RegistrationForm form = with(siti(), "privacy_consent",
                new RegistrationForm.Consent("2025.9", List.of("ACCOUNT_MANAGEMENT")));
        assertThat(errorsOf(form)).singleElement().extracting(FieldError::pointer, FieldError::code)
                .containsExactly("#/privacy_consent/notice_version", "NOT_CURRENT");
    }

    @Test
    @DisplayName("ACC-007 purposes without ACCOUNT_MANAGEMENT are REQUIRED_PURPOSE_MISSING at #/privacy_consent/purposes")
    void accountManagementIsRequired() {
        assertThat(errorsOf(withPurposes("IDENTITY_VERIFICATION"))).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("#/privacy_consent/purposes");
            assertThat(e.code()).isEqualTo("REQUIRED_PURPOSE_MISSING");
            assertThat(e.messageId()).isEqualTo(
                    "Persetujuan untuk pengelolaan akun (ACCOUNT_MANAGEMENT) wajib diberikan.");
        });
        assertThat(errorsOf(withPurposes())).extracting(FieldError::code).containsExactly("REQUIRED_PURPOSE_MISSING");
    }

    @Test
    @DisplayName("ACC-007 an unknown or repeated purpose is refused at its index")
    void unknownAndRepeatedPurposesAreRefused() {
        assertThat(errorsOf(withPurposes("ACCOUNT_MANAGEMENT", "MARKETING", "ACCOUNT_MANAGEMENT")))
                .extracting(FieldError::pointer, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#/privacy_consent/purposes/1", "UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("#/privacy_consent/purposes/2", "DUPLICATE"));
    }

    @Test
    @DisplayName("the contract's 400 example: an impossible NIK, a short password and missing consent, all reported")
    void everyErrorIsReportedAtOnce() {
        RegistrationForm form = with(with(withPurposes("SERVICE_NOTIFICATIONS"), "nik", "3302013508950003"),
                "password", "kopi");
        assertThat(errorsOf(form)).extracting(FieldError::pointer, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("#/nik", "INVALID_NIK"),
                org.assertj.core.groups.Tuple.tuple("#/password", "TOO_SHORT"),
                org.assertj.core.groups.Tuple.tuple("#/privacy_consent/purposes", "REQUIRED_PURPOSE_MISSING"));
    }
}
