package id.mpp.conformance.config;

/**
 * One OAuth client registered at the implementation under test for the suite.
 *
 * @param clientId the client ID
 * @param clientSecret the secret (confidential clients; {@code null} for a public client)
 * @param redirectUri the registered redirect URI ({@code null} for a back-end client)
 * @param postLogoutRedirectUri the registered post-logout redirect URI (optional; by default the redirect URI's
 *     origin followed by {@code /})
 */
public record ClientConfig(String clientId, String clientSecret, String redirectUri, String postLogoutRedirectUri) {

    /** A client without a configured post-logout redirect URI. */
    public ClientConfig(String clientId, String clientSecret, String redirectUri) {
        this(clientId, clientSecret, redirectUri, null);
    }

    /** The post-logout redirect URI the suite uses: the configured one, or the redirect URI's origin and {@code /}. */
    public String postLogoutRedirect() {
        if (postLogoutRedirectUri != null || redirectUri == null) {
            return postLogoutRedirectUri;
        }
        java.net.URI r = java.net.URI.create(redirectUri);
        return r.getScheme() + "://" + r.getRawAuthority() + "/";
    }
}
