package id.mpp.server.http.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.RegistrationThrottle;
import java.time.Duration;

/**
 * {@code mpp.accounts.*}: the current versions of the terms of service and the privacy notice (a registration must
 * accept exactly these), the cost of password hashing, and the registration rate limits (ACC-005).
 */
@ConfigurationProperties(AccountSettings.PREFIX)
public class AccountSettings {

    public static final String PREFIX = "mpp.accounts";
    public static final String DEFAULT_TERMS_VERSION = "2026.1";
    public static final String DEFAULT_PRIVACY_NOTICE_VERSION = "2026.1";

    private String termsVersion = DEFAULT_TERMS_VERSION;
    private String privacyNoticeVersion = DEFAULT_PRIVACY_NOTICE_VERSION;
    private int passwordHashIterations = PasswordHasher.DEFAULT_ITERATIONS;
    private int maxConcurrentHashes = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int registrationAttemptsPerAddress = RegistrationThrottle.DEFAULT_ADDRESS_LIMIT;
    private int registrationAttemptsPerNik = RegistrationThrottle.DEFAULT_NIK_LIMIT;
    private Duration registrationWindow = RegistrationThrottle.DEFAULT_WINDOW;

    public String getTermsVersion() {
        return termsVersion;
    }

    public void setTermsVersion(String termsVersion) {
        this.termsVersion = termsVersion;
    }

    public String getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    public void setPrivacyNoticeVersion(String privacyNoticeVersion) {
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    /** PBKDF2 iterations for new password hashes (OWASP: 600,000; tests use few). */
    public int getPasswordHashIterations() {
        return passwordHashIterations;
    }

    public void setPasswordHashIterations(int passwordHashIterations) {
        this.passwordHashIterations = passwordHashIterations;
    }

    /** How many passwords are hashed at once at most (the others wait), so that hashing cannot take every core. */
    public int getMaxConcurrentHashes() {
        return maxConcurrentHashes;
    }

    public void setMaxConcurrentHashes(int maxConcurrentHashes) {
        this.maxConcurrentHashes = maxConcurrentHashes;
    }

    public int getRegistrationAttemptsPerAddress() {
        return registrationAttemptsPerAddress;
    }

    public void setRegistrationAttemptsPerAddress(int registrationAttemptsPerAddress) {
        this.registrationAttemptsPerAddress = registrationAttemptsPerAddress;
    }

    public int getRegistrationAttemptsPerNik() {
        return registrationAttemptsPerNik;
    }

    public void setRegistrationAttemptsPerNik(int registrationAttemptsPerNik) {
        this.registrationAttemptsPerNik = registrationAttemptsPerNik;
    }

    public Duration getRegistrationWindow() {
        return registrationWindow;
    }

    public void setRegistrationWindow(Duration registrationWindow) {
        this.registrationWindow = registrationWindow;
    }
}
