package id.mpp.server.domain.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code registerAccount} that need no storage (accounts.yaml {@code AccountRegistration};
 * ACC-001, ACC-002, ACC-006, ACC-007): every member checked, every error reported with the JSON pointer of
 * the schema member, a stable code and messages in Bahasa Indonesia and English. Uniqueness of the NIK and
 * the e-mail address (ACC-004) and rate limits (ACC-005) are the service's business.
 *
 * <p>Codes: {@code REQUIRED}, {@code INVALID_FORMAT}, {@code INVALID_NIK}, {@code TOO_SHORT}, {@code TOO_LONG},
 * {@code OUT_OF_RANGE} (a birth date in the future), {@code NOT_CURRENT} (terms or notice version),
 * {@code UNKNOWN} and {@code DUPLICATE} (a purpose), {@code REQUIRED_PURPOSE_MISSING}, and the password codes
 * of {@link PasswordPolicy}.
 */
public final class RegistrationValidator {
    private static final int NAME_MAX_LENGTH = 100;

    private final NikValidator nikValidator;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ZoneId birthDateZone;
    private final String currentTermsVersion;
    private final String currentNoticeVersion;

    /**
     * @param nikValidator the NIK rules
     * @param passwordPolicy the password rules
     * @param clock the time source, for "a birth date not in the future"
     * @param birthDateZone the zone whose date is "today"; the easternmost zone of Indonesia
     *     ({@code Asia/Jayapura}) refuses no one born today anywhere in the country
     * @param currentTermsVersion the current terms of service version
     * @param currentNoticeVersion the current privacy notice version
     */
    public RegistrationValidator(NikValidator nikValidator, PasswordPolicy passwordPolicy, Clock clock,
            ZoneId birthDateZone, String currentTermsVersion, String currentNoticeVersion) {
        this.nikValidator = Objects.requireNonNull(nikValidator, "nikValidator");
        this.passwordPolicy = Objects.requireNonNull(passwordPolicy, "passwordPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.birthDateZone = Objects.requireNonNull(birthDateZone, "birthDateZone");
        this.currentTermsVersion = Objects.requireNonNull(currentTermsVersion, "currentTermsVersion");
        this.currentNoticeVersion = Objects.requireNonNull(currentNoticeVersion, "currentNoticeVersion");
    }

    /** Checks every rule of {@code form}. */
    public RegistrationValidation validate(RegistrationForm form) {
        Objects.requireNonNull(form, "form");
        List<FieldError> errors = new ArrayList<>();
        Nik nik = checkNik(form.nik(), errors);
        String fullName = checkFullName(form.fullName(), errors);
        LocalDate birthDate = checkBirthDate(form.birthDate(), errors);
        String email = checkEmail(form.email(), errors);
        String phone = checkPhone(form.phoneNumber(), errors);
        errors.addAll(passwordPolicy.check("#/password", form.password(), form.nik(), form.email()));
        String locale = checkLocale(form.locale(), errors);
        String terms = checkVersion("#/accepted_terms_version", form.acceptedTermsVersion(), currentTermsVersion,
                "Versi syarat layanan", "The terms of service version", errors);
        Set<ProcessingPurpose> purposes = EnumSet.noneOf(ProcessingPurpose.class);
        String notice = checkConsent(form.privacyConsent(), purposes, errors);
        if (!errors.isEmpty()) {
            return RegistrationValidation.invalid(errors);
        }
        NikAssessment assessment = nikValidator.assess(nik, birthDate);
        return RegistrationValidation.valid(new Registration(assessment, fullName, birthDate, email, phone,
                form.password(), locale, terms, notice, purposes));
    }

    private Nik checkNik(String raw, List<FieldError> errors) {
        if (raw == null) {
            errors.add(required("#/nik", "NIK"));
            return null;
        }
        Optional<NikDefect> defect = nikValidator.defectOf(raw);
        if (defect.isPresent()) {
            errors.add(new FieldError("#/nik", defect.get().code(), defect.get().messageId(),
                    defect.get().messageEn()));
            return null;
        }
        return Nik.parse(raw);
    }

    private static String checkFullName(String name, List<FieldError> errors) {
        String pointer = "#/full_name";
        if (name == null) {
            errors.add(required(pointer, "Nama lengkap", "The full name"));
            return null;
        }
        if (name.isBlank()) {
            errors.add(new FieldError(pointer, "TOO_SHORT", "Nama lengkap wajib diisi.",
                    "The full name must not be empty."));
            return null;
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX_LENGTH) {
            errors.add(new FieldError(pointer, "TOO_LONG", "Nama lengkap maksimal 100 karakter.",
                    "The full name must have at most 100 characters."));
            return null;
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(pointer, "INVALID_FORMAT", "Nama lengkap memuat karakter kendali.",
                    "The full name contains control characters."));
            return null;
        }
        return name;
    }

    private LocalDate checkBirthDate(String raw, List<FieldError> errors) {
        String pointer = "#/birth_date";
        if (raw == null) {
            errors.add(required(pointer, "Tanggal lahir", "The birth date"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(pointer, "INVALID_FORMAT",
                    "Tanggal lahir harus berformat TTTT-BB-HH.", "The birth date must be written YYYY-MM-DD."));
            return null;
        }
        if (date.isAfter(LocalDate.now(clock.withZone(birthDateZone)))) {
            errors.add(new FieldError(pointer, "OUT_OF_RANGE", "Tanggal lahir tidak boleh di masa depan.",
                    "The birth date must not be in the future."));
            return null;
        }
        return date;
    }

    private static String checkEmail(String email, List<FieldError> errors) {
        String pointer = "#/email";
        if (email == null) {
            errors.add(required(pointer, "Alamat surel", "The e-mail address"));
            return null;
        }
        if (email.length() > ContactRules.EMAIL_MAX_LENGTH) {
            errors.add(new FieldError(pointer, "TOO_LONG", "Alamat surel maksimal 254 karakter.",
                    "The e-mail address must have at most 254 characters."));
            return null;
        }
        if (!ContactRules.isEmail(email)) {
            errors.add(new FieldError(pointer, "INVALID_FORMAT", "Alamat surel tidak valid.",
                    "The e-mail address is not valid."));
            return null;
        }
        return email;
    }

    private static String checkPhone(String phone, List<FieldError> errors) {
        if (phone != null && !ContactRules.isPhoneNumber(phone)) {
            errors.add(new FieldError("#/phone_number", "INVALID_FORMAT",
                    "Nomor ponsel harus berformat +62 diikuti 8 sampai 13 digit, misalnya +6281327654321.",
                    "The mobile number must be +62 followed by 8 to 13 digits, for example +6281327654321."));
        }
        return phone;
    }

    private static String checkLocale(String locale, List<FieldError> errors) {
        if (locale == null) {
            return "id";
        }
        if (!locale.equals("id") && !locale.equals("en")) {
            errors.add(new FieldError("#/locale", "INVALID_FORMAT", "Bahasa harus id atau en.",
                    "The language must be id or en."));
        }
        return locale;
    }

    private static String checkVersion(String pointer, String given, String current, String nameId, String nameEn,
            List<FieldError> errors) {
        if (given == null) {
            errors.add(required(pointer, nameId, nameEn));
        } else if (!given.equals(current)) {
            errors.add(new FieldError(pointer, "NOT_CURRENT",
                    nameId + " bukan versi yang berlaku (" + current + ").",
                    nameEn + " is not the current version (" + current + ")."));
        }
        return given;
    }

    private String checkConsent(RegistrationForm.Consent consent, Set<ProcessingPurpose> purposes,
            List<FieldError> errors) {
        if (consent == null) {
            errors.add(required("#/privacy_consent", "Persetujuan pemrosesan data pribadi",
                    "Consent to the processing of personal data"));
            return null;
        }
        String notice = checkVersion("#/privacy_consent/notice_version", consent.noticeVersion(),
                currentNoticeVersion, "Versi pemberitahuan privasi", "The privacy notice version", errors);
        String pointer = "#/privacy_consent/purposes";
        if (consent.purposes() == null) {
            errors.add(required(pointer, "Tujuan pemrosesan", "The purposes of processing"));
            return notice;
        }
        for (int i = 0; i < consent.purposes().size(); i++) {
            String name = consent.purposes().get(i);
            Optional<ProcessingPurpose> purpose = ProcessingPurpose.fromName(name);
            if (purpose.isEmpty()) {
                errors.add(new FieldError(pointer + "/" + i, "UNKNOWN", "Tujuan pemrosesan tidak dikenal.",
                        "Unknown purpose of processing."));
            } else if (!purposes.add(purpose.get())) {
                errors.add(new FieldError(pointer + "/" + i, "DUPLICATE", "Tujuan pemrosesan disebut dua kali.",
                        "The purpose is listed twice."));
            }
        }
        if (!purposes.contains(ProcessingPurpose.ACCOUNT_MANAGEMENT)) {
            errors.add(new FieldError(pointer, "REQUIRED_PURPOSE_MISSING",
                    "Persetujuan untuk pengelolaan akun (ACCOUNT_MANAGEMENT) wajib diberikan.",
                    "Consent to account management (ACCOUNT_MANAGEMENT) is required."));
        }
        return notice;
    }

    private static FieldError required(String pointer, String name) {
        return required(pointer, name, "The " + name);
    }

    private static FieldError required(String pointer, String nameId, String nameEn) {
        return new FieldError(pointer, "REQUIRED", nameId + " wajib diisi.", nameEn + " is required.");
    }
}
