package id.mpp.server.domain.account;

import java.util.List;

/**
 * What a citizen sent to register, as received (the contract's {@code AccountRegistration}); every member may
 * be {@code null} when absent. {@link RegistrationValidator} turns it into a {@link Registration} or errors.
 * {@link #toString()} shows neither the NIK nor the password.
 *
 * @param nik {@code nik}
 * @param fullName {@code full_name}
 * @param birthDate {@code birth_date}, ISO {@code yyyy-MM-dd}
 * @param email {@code email}
 * @param phoneNumber {@code phone_number}, optional
 * @param password {@code password}
 * @param locale {@code locale}, optional ({@code id} when absent)
 * @param acceptedTermsVersion {@code accepted_terms_version}
 * @param privacyConsent {@code privacy_consent}
 */
public record RegistrationForm(String nik, String fullName, String birthDate, String email, String phoneNumber,
        String password, String locale, String acceptedTermsVersion, Consent privacyConsent) {

    /**
     * The consent part ({@code PrivacyConsentGrant}).
     *
     * @param noticeVersion {@code notice_version}
     * @param purposes {@code purposes}, as sent (names of {@link ProcessingPurpose})
     */
    public record Consent(String noticeVersion, List<String> purposes) {
    }

    @Override
    public String toString() {
        return "RegistrationForm[nik=" + (nik == null ? null : "<redacted>") + ", password=<redacted>, locale="
                + locale + "]";
    }
}
