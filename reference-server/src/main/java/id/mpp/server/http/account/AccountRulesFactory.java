package id.mpp.server.http.account;

import id.mpp.server.domain.account.LoginThrottle;
import id.mpp.server.domain.account.NikValidator;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PasswordPolicy;
import id.mpp.server.domain.account.RegistrationThrottle;
import id.mpp.server.domain.account.RegistrationValidator;
import id.mpp.server.storage.region.RegionRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

/** The plain-Java account rules, wired with this deployment's settings, regions and clock. */
@Factory
class AccountRulesFactory {

    /** The easternmost zone of Indonesia: a birth date "today" anywhere in the country is never in the future. */
    private static final ZoneId BIRTH_DATE_ZONE = ZoneId.of("Asia/Jayapura");

    @Singleton
    PasswordHasher passwordHasher(AccountSettings settings) {
        return new PasswordHasher(settings.getPasswordHashIterations(), new SecureRandom());
    }

    @Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }

    /** NIK region codes are checked against the regions this deployment serves (ACC-002: unknown is flagged). */
    @Singleton
    NikValidator nikValidator(Clock clock, RegionRepository regions) {
        return new NikValidator(clock, code -> regions.findById(code).isPresent());
    }

    @Singleton
    RegistrationValidator registrationValidator(NikValidator nikValidator, PasswordPolicy policy, Clock clock,
            AccountSettings settings) {
        return new RegistrationValidator(nikValidator, policy, clock, BIRTH_DATE_ZONE, settings.getTermsVersion(),
                settings.getPrivacyNoticeVersion());
    }

    @Singleton
    RegistrationThrottle registrationThrottle(Clock clock, AccountSettings settings) {
        return new RegistrationThrottle(clock, settings.getRegistrationAttemptsPerAddress(),
                settings.getRegistrationAttemptsPerNik(), settings.getRegistrationWindow(),
                LoginThrottle.DEFAULT_MAX_KEYS);
    }
}
