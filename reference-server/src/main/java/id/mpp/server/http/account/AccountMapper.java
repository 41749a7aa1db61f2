package id.mpp.server.http.account;

import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PurposeConsent;
import id.mpp.server.generated.model.AcrValue;
import id.mpp.server.generated.model.NikFailureReason;
import id.mpp.server.generated.model.NikFlag;
import id.mpp.server.generated.model.NikVerification;
import id.mpp.server.generated.model.NikVerificationStatus;
import id.mpp.server.generated.model.PrivacyConsent;
import id.mpp.server.generated.model.ProcessingPurpose;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The contract's {@code Account} of a domain account. The full NIK only when the caller may see it (scope
 * {@code nik}, ACC-010; never in the answer to registration, ACC-003); {@code nik_masked} always.
 */
public final class AccountMapper {

    private AccountMapper() {
    }

    public static id.mpp.server.generated.model.Account toApi(Account account, boolean withNik) {
        id.mpp.server.generated.model.Account api = new id.mpp.server.generated.model.Account(account.id(),
                account.nik().masked(), account.fullName(), account.birthDate(), account.email(),
                account.emailVerified(), account.phoneNumberVerified(), AcrValue.fromValue(account.acr().uri()),
                nikVerification(account.nikVerification()), account.locale(), account.acceptedTermsVersion(),
                privacyConsent(account.privacyConsent()), utc(account.createdAt()), utc(account.updatedAt()));
        if (account.phoneNumber() != null) {
            api.phoneNumber(account.phoneNumber());
        }
        if (withNik) {
            api.nik(account.nik().digits());
        }
        return api;
    }

    private static NikVerification nikVerification(id.mpp.server.domain.account.NikVerification verification) {
        List<NikFlag> flags = verification.flags().stream().sorted().map(flag -> NikFlag.fromValue(flag.name()))
                .toList();
        NikVerification api = new NikVerification(NikVerificationStatus.fromValue(verification.status().name()),
                flags);
        if (verification.checkedAt() != null) {
            api.checkedAt(utc(verification.checkedAt()));
        }
        if (verification.failureReason() != null) {
            api.failureReason(NikFailureReason.fromValue(verification.failureReason().name()));
        }
        return api;
    }

    private static PrivacyConsent privacyConsent(id.mpp.server.domain.account.PrivacyConsent consent) {
        List<id.mpp.server.generated.model.PurposeConsent> purposes = consent.purposes().stream()
                .sorted((a, b) -> a.purpose().compareTo(b.purpose()))
                .map(AccountMapper::purpose)
                .toList();
        return new PrivacyConsent(consent.noticeVersion(), purposes);
    }

    private static id.mpp.server.generated.model.PurposeConsent purpose(PurposeConsent consent) {
        return new id.mpp.server.generated.model.PurposeConsent(ProcessingPurpose.fromValue(consent.purpose().name()),
                utc(consent.givenAt()));
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
