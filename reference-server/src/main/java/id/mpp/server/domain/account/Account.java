package id.mpp.server.domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A citizen account and the rules of its changes (accounts.yaml). Immutable: each change returns the new
 * account with {@code updatedAt} set. The assurance level is not stored but derived ({@link #acr()}), so it
 * can never disagree with what was verified: changing the e-mail address lowers it to {@code basic}
 * (ACC-012), a NIK confirmed by the registry raises it to {@code nik} once the address is verified (ACC-040).
 * {@link #toString()} masks the NIK.
 *
 * @param id the {@code SubjectId}
 * @param nik the NIK, which never changes
 * @param fullName the full name
 * @param birthDate the stated birth date
 * @param email the e-mail address
 * @param emailVerified whether the current address was verified
 * @param phoneNumber the mobile number, or {@code null}
 * @param phoneNumberVerified whether the number was verified
 * @param nikVerification where the registry check stands
 * @param locale {@code id} or {@code en}
 * @param acceptedTermsVersion the accepted terms version
 * @param privacyConsent the consent record
 * @param createdAt when the account was registered
 * @param updatedAt when it last changed
 */
public record Account(String id, Nik nik, String fullName, LocalDate birthDate, String email, boolean emailVerified,
        String phoneNumber, boolean phoneNumberVerified, NikVerification nikVerification, String locale,
        String acceptedTermsVersion, PrivacyConsent privacyConsent, Instant createdAt, Instant updatedAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(nikVerification, "nikVerification");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(acceptedTermsVersion, "acceptedTermsVersion");
        Objects.requireNonNull(privacyConsent, "privacyConsent");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new account from a valid registration (ACC-003): level {@code basic}, e-mail not verified, NIK
     * {@code UNVERIFIED} with the flags registration raised (ACC-002), every consented purpose recorded at
     * {@code now} (ACC-007).
     */
    public static Account register(String id, Registration registration, Instant now) {
        return new Account(id, registration.nik().nik(), registration.fullName(), registration.birthDate(),
                registration.email(), false, registration.phoneNumber(), false,
                NikVerification.unverified(registration.nik().flags()), registration.locale(),
                registration.acceptedTermsVersion(),
                PrivacyConsent.given(registration.noticeVersion(), registration.purposes(), now), now, now);
    }

    /** The assurance level the account reached. */
    public AssuranceLevel acr() {
        return AssuranceLevel.reachedWith(emailVerified, nikVerification.isVerified());
    }

    /**
     * The account with a new e-mail address: not verified, so the level falls to {@code basic} (ACC-012). The
     * same address (without regard to case) changes nothing.
     */
    public Account withEmail(String newEmail, Instant now) {
        Objects.requireNonNull(newEmail, "newEmail");
        if (newEmail.equalsIgnoreCase(email)) {
            return this;
        }
        return new Account(id, nik, fullName, birthDate, newEmail, false, phoneNumber, phoneNumberVerified,
                nikVerification, locale, acceptedTermsVersion, privacyConsent, createdAt, now);
    }

    /** The account with its current e-mail address verified (ACC-030). */
    public Account withEmailVerified(Instant now) {
        return new Account(id, nik, fullName, birthDate, email, true, phoneNumber, phoneNumberVerified,
                nikVerification, locale, acceptedTermsVersion, privacyConsent, createdAt, now);
    }

    /** The account with a new mobile number, or none for {@code null}; a change resets its verification. */
    public Account withPhoneNumber(String newPhoneNumber, Instant now) {
        if (Objects.equals(newPhoneNumber, phoneNumber)) {
            return this;
        }
        return new Account(id, nik, fullName, birthDate, email, emailVerified, newPhoneNumber, false,
                nikVerification, locale, acceptedTermsVersion, privacyConsent, createdAt, now);
    }

    /**
     * The account with a new full name.
     *
     * @throws AccountStateException {@code IDENTITY_FIXED} once the NIK is verified (ACC-013)
     */
    public Account withFullName(String newFullName, Instant now) {
        Objects.requireNonNull(newFullName, "newFullName");
        if (newFullName.equals(fullName)) {
            return this;
        }
        requireIdentityNotFixed();
        return new Account(id, nik, newFullName, birthDate, email, emailVerified, phoneNumber, phoneNumberVerified,
                nikVerification, locale, acceptedTermsVersion, privacyConsent, createdAt, now);
    }

    /**
     * The account with a new birth date; the {@code BIRTH_DATE_MISMATCH} flag follows whether the new date
     * agrees with the NIK.
     *
     * @throws AccountStateException {@code IDENTITY_FIXED} once the NIK is verified (ACC-013)
     */
    public Account withBirthDate(LocalDate newBirthDate, Instant now) {
        Objects.requireNonNull(newBirthDate, "newBirthDate");
        if (newBirthDate.equals(birthDate)) {
            return this;
        }
        requireIdentityNotFixed();
        Set<NikFlag> flags = nikVerification.flags().isEmpty() ? EnumSet.noneOf(NikFlag.class)
                : EnumSet.copyOf(nikVerification.flags());
        if (nik.birthDateAgreesWith(newBirthDate)) {
            flags.remove(NikFlag.BIRTH_DATE_MISMATCH);
        } else {
            flags.add(NikFlag.BIRTH_DATE_MISMATCH);
        }
        return new Account(id, nik, fullName, newBirthDate, email, emailVerified, phoneNumber, phoneNumberVerified,
                nikVerification.withFlags(flags), locale, acceptedTermsVersion, privacyConsent, createdAt, now);
    }

    /** The account with a new preferred language. */
    public Account withLocale(String newLocale, Instant now) {
        Objects.requireNonNull(newLocale, "newLocale");
        if (newLocale.equals(locale)) {
            return this;
        }
        return new Account(id, nik, fullName, birthDate, email, emailVerified, phoneNumber, phoneNumberVerified,
                nikVerification, newLocale, acceptedTermsVersion, privacyConsent, createdAt, now);
    }

    /**
     * The account consenting to exactly {@code purposes} from now on; kept purposes keep their time.
     *
     * @throws AccountStateException {@code ACCOUNT_MANAGEMENT_REQUIRED} when it is missing
     */
    public Account withPrivacyPurposes(Set<ProcessingPurpose> purposes, Instant now) {
        PrivacyConsent changed = privacyConsent.withPurposes(purposes, now);
        if (changed.equals(privacyConsent)) {
            return this;
        }
        return new Account(id, nik, fullName, birthDate, email, emailVerified, phoneNumber, phoneNumberVerified,
                nikVerification, locale, acceptedTermsVersion, changed, createdAt, now);
    }

    /**
     * Checks that a registry check may start now.
     *
     * @throws AccountStateException {@code ALREADY_VERIFIED} or {@code VERIFICATION_PENDING} (ACC-043)
     */
    public void requireNikVerificationAllowed() {
        if (nikVerification.status() == NikVerificationStatus.VERIFIED) {
            throw new AccountStateException("ALREADY_VERIFIED", "The NIK is already verified.");
        }
        if (nikVerification.status() == NikVerificationStatus.PENDING) {
            throw new AccountStateException("VERIFICATION_PENDING", "A check of the NIK is pending.");
        }
    }

    /**
     * The account after the citizen consented to the registry check (recorded as
     * {@code IDENTITY_VERIFICATION}) and the registry answered: a match verifies the NIK and clears the flags
     * (ACC-040); a mismatch or an unknown NIK fails the check with its reason and changes nothing else
     * (ACC-041); an unreachable registry changes nothing at all (ACC-042), not even the consent, so that
     * the attempt does not count.
     *
     * @throws AccountStateException when the check may not start ({@link #requireNikVerificationAllowed()})
     */
    public Account withRegistryAnswer(RegistryAnswer answer, Instant now) {
        Objects.requireNonNull(answer, "answer");
        requireNikVerificationAllowed();
        NikVerification result;
        switch (answer.outcome()) {
            case UNAVAILABLE:
                return this;
            case MATCH:
                result = new NikVerification(NikVerificationStatus.VERIFIED, now, Set.of(), null);
                break;
            default:
                result = new NikVerification(NikVerificationStatus.FAILED, now, nikVerification.flags(),
                        answer.failureReason());
                break;
        }
        return new Account(id, nik, fullName, birthDate, email, emailVerified, phoneNumber, phoneNumberVerified,
                result, locale, acceptedTermsVersion,
                privacyConsent.with(ProcessingPurpose.IDENTITY_VERIFICATION, now), createdAt, now);
    }

    private void requireIdentityNotFixed() {
        if (nikVerification.isVerified()) {
            throw new AccountStateException("IDENTITY_FIXED",
                    "The name and birth date of a NIK-verified account are those of the population registry.");
        }
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", nik=" + nik.masked() + ", acr=" + acr().uri() + ", nikVerification="
                + nikVerification.status() + "]";
    }
}
