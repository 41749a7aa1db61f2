package id.mpp.conformance.config;

/**
 * One OAuth client registered at the implementation under test for the suite.
 *
 * @param clientId the client ID
 * @param clientSecret the secret (confidential clients; {@code null} for a public client)
 * @param redirectUri the registered redirect URI ({@code null} for a back-end client)
 */
public record ClientConfig(String clientId, String clientSecret, String redirectUri) {
}
