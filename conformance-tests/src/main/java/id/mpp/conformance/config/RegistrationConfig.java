package id.mpp.conformance.config;

/**
 * What the suite needs to register fresh accounts of its own (tests that change or delete an account never touch
 * the configured ones): the versions of the terms of service and privacy notice the deployment currently asks for.
 *
 * @param termsVersion the current terms of service version ({@code 2026.1} by default)
 * @param privacyNoticeVersion the current privacy notice version ({@code 2026.1} by default)
 */
public record RegistrationConfig(String termsVersion, String privacyNoticeVersion) {

    /** The reference server's defaults. */
    public static RegistrationConfig defaults() {
        return new RegistrationConfig("2026.1", "2026.1");
    }
}
