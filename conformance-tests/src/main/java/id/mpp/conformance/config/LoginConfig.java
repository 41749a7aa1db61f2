package id.mpp.conformance.config;

/**
 * How the suite signs test accounts in: through the provider's HTML login form, or with tokens the vendor supplies.
 *
 * @param mode {@code form} or {@code tokens}
 * @param usernameField the login form's user-name field ({@code username} by default)
 * @param passwordField the login form's password field ({@code password} by default)
 * @param formUrl where the form posts to; {@code null} to discover it from the authorize page
 */
public record LoginConfig(String mode, String usernameField, String passwordField, String formUrl) {

    /** The form login with the reference server's field names, discovering the form from the authorize page. */
    public static LoginConfig defaults() {
        return new LoginConfig("form", "username", "password", null);
    }
}
