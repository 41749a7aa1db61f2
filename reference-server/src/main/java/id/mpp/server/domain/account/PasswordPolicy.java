package id.mpp.server.domain.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password rules of the contract (AccountRegistration.password, PasswordChange.new_password; ACC-006):
 * 10 to 128 characters, counted as Unicode code points (NIST SP 800-63B §3.1.1.2); not containing the NIK
 * or the e-mail address (compared without regard to case); not in a list of breached passwords
 * ({@link CommonPasswords} unless a larger list is given). No composition rules (NIST advises against them).
 */
public final class PasswordPolicy {
    /** The shortest password the contract allows. */
    public static final int MIN_LENGTH = 10;
    /** The longest password the contract allows. */
    public static final int MAX_LENGTH = 128;

    private final Set<String> breached;

    /** A policy with the built-in list of common passwords. */
    public PasswordPolicy() {
        this(CommonPasswords.defaults());
    }

    /** A policy refusing every password of {@code breached} (compared without regard to case). */
    public PasswordPolicy(Set<String> breached) {
        this.breached = Objects.requireNonNull(breached, "breached").stream()
                .map(CommonPasswords::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks a password.
     *
     * @param pointer where the password is in the body ({@code #/password} or {@code #/new_password})
     * @param password the password, or {@code null} when absent
     * @param nik the account's NIK digits, or {@code null} when unknown or invalid
     * @param email the account's e-mail address, or {@code null} when unknown
     * @return every rule broken; empty when the password is acceptable
     */
    public List<FieldError> check(String pointer, String password, String nik, String email) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null) {
            errors.add(new FieldError(pointer, "REQUIRED",
                    "Kata sandi wajib diisi.", "A password is required."));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(new FieldError(pointer, "TOO_SHORT",
                    "Kata sandi minimal " + MIN_LENGTH + " karakter.",
                    "The password must have at least " + MIN_LENGTH + " characters."));
        }
        if (length > MAX_LENGTH) {
            errors.add(new FieldError(pointer, "TOO_LONG",
                    "Kata sandi maksimal " + MAX_LENGTH + " karakter.",
                    "The password must have at most " + MAX_LENGTH + " characters."));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (nik != null && !nik.isEmpty() && folded.contains(nik)) {
            errors.add(new FieldError(pointer, "CONTAINS_NIK",
                    "Kata sandi tidak boleh memuat NIK.", "The password must not contain the NIK."));
        }
        if (email != null && !email.isBlank() && folded.contains(email.trim().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(pointer, "CONTAINS_EMAIL",
                    "Kata sandi tidak boleh memuat alamat surel.",
                    "The password must not contain the e-mail address."));
        }
        if (breached.contains(CommonPasswords.normalise(password))) {
            errors.add(new FieldError(pointer, "BREACHED",
                    "Kata sandi ini terlalu umum dan ada dalam daftar kata sandi yang bocor. Pilih yang lain.",
                    "This password is too common and appears in a list of breached passwords. Choose another."));
        }
        return errors;
    }

    /** The error for a new password equal to the current one (changeMyPassword). */
    public static FieldError sameAsCurrent(String pointer) {
        return new FieldError(pointer, "SAME_AS_CURRENT",
                "Kata sandi baru harus berbeda dari kata sandi saat ini.",
                "The new password must differ from the current one.");
    }
}
