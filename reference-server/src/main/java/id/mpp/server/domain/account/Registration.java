package id.mpp.server.domain.account;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A registration that passed every rule of {@link RegistrationValidator}, with its values typed. The NIK may
 * still carry flags for the registry ({@link NikAssessment#flags()}, ACC-002). {@link #toString()} shows
 * neither the NIK in full nor the password.
 *
 * @param nik the NIK and what was read from it
 * @param fullName the full name
 * @param birthDate the stated birth date
 * @param email the e-mail address, as given
 * @param phoneNumber the mobile number, or {@code null}
 * @param password the password in clear, to be hashed and forgotten
 * @param locale {@code id} or {@code en}
 * @param acceptedTermsVersion the terms version accepted (the current one)
 * @param noticeVersion the privacy notice version shown (the current one)
 * @param purposes the purposes consented to, {@code ACCOUNT_MANAGEMENT} among them
 */
public record Registration(NikAssessment nik, String fullName, LocalDate birthDate, String email,
        String phoneNumber, String password, String locale, String acceptedTermsVersion, String noticeVersion,
        Set<ProcessingPurpose> purposes) {

    public Registration {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(acceptedTermsVersion, "acceptedTermsVersion");
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        purposes = Set.copyOf(EnumSet.copyOf(purposes));
    }

    @Override
    public String toString() {
        return "Registration[nik=" + nik.nik().masked() + ", flags=" + nik.flags() + ", password=<redacted>, locale="
                + locale + ", purposes=" + purposes + "]";
    }
}
