package id.mpp.server.http.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Settings {@code mpp.login.*} of the sign-in pages (README, "Sign in"). */
@ConfigurationProperties("mpp.login")
public class LoginSettings {
    private boolean secureCookies = true;
    private Duration sessionLifetime = Duration.ofHours(12);
    private Duration pendingLifetime = Duration.ofMinutes(15);
    private String consentTextVersion = "2026.1";
    private int attemptsPerAccount = 5;
    private int attemptsPerAddress = 20;
    private Duration attemptWindow = Duration.ofMinutes(15);
    private Duration purgeInterval = Duration.ofHours(1);

    /** Whether cookies carry {@code Secure}; switch off only for plain {@code http://localhost}. */
    public boolean isSecureCookies() {
        return secureCookies;
    }

    public void setSecureCookies(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** How long an SSO session lasts after a login. */
    public Duration getSessionLifetime() {
        return sessionLifetime;
    }

    public void setSessionLifetime(Duration sessionLifetime) {
        this.sessionLifetime = sessionLifetime;
    }

    /** How long a login, consent or logout page can be answered. */
    public Duration getPendingLifetime() {
        return pendingLifetime;
    }

    public void setPendingLifetime(Duration pendingLifetime) {
        this.pendingLifetime = pendingLifetime;
    }

    /** The version of the consent page's text, stored with each grant. */
    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public void setConsentTextVersion(String consentTextVersion) {
        this.consentTextVersion = consentTextVersion;
    }

    /** Failed logins allowed per account in a window. */
    public int getAttemptsPerAccount() {
        return attemptsPerAccount;
    }

    public void setAttemptsPerAccount(int attemptsPerAccount) {
        this.attemptsPerAccount = attemptsPerAccount;
    }

    /** Failed logins allowed per client address in a window. */
    public int getAttemptsPerAddress() {
        return attemptsPerAddress;
    }

    public void setAttemptsPerAddress(int attemptsPerAddress) {
        this.attemptsPerAddress = attemptsPerAddress;
    }

    /** The sliding window of the login limits. */
    public Duration getAttemptWindow() {
        return attemptWindow;
    }

    public void setAttemptWindow(Duration attemptWindow) {
        this.attemptWindow = attemptWindow;
    }

    /** How often expired sessions and pending requests are deleted. */
    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }
}
