package id.mpp.conformance.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the suite knows about the implementation under test, read from the vendor's {@code vendor.yaml}.
 *
 * @param baseUrl the implementation's base URL, without a trailing slash
 * @param discoveryUrl the OpenID Connect discovery URL
 * @param capabilities the capabilities the vendor declares ({@code core} always included)
 * @param clients the registered clients by role: {@code confidential}, {@code public}, {@code agency_backend}
 * @param accounts the test accounts by role: {@code citizen_a}, {@code citizen_b}, {@code officer_a},
 *     {@code officer_b}
 * @param login how accounts sign in
 * @param registration what fresh registrations of the suite send
 * @param webhooks where the suite's webhook receiver listens (capability {@code webhooks})
 * @param keyClient the {@code private_key_jwt} client ({@code clients.private_key_jwt}); {@code null} unless the
 *     vendor declares {@code private-key-jwt}
 */
public record VendorConfig(URI baseUrl, URI discoveryUrl, Set<String> capabilities, Map<String, ClientConfig> clients,
        Map<String, AccountConfig> accounts, LoginConfig login, RegistrationConfig registration,
        WebhookConfig webhooks, KeyClientConfig keyClient) {

    /** Every capability a vendor may declare, as the requirement catalogue names them. */
    public static final Set<String> KNOWN_CAPABILITIES = Set.of(
            "core", "private-key-jwt", "introspection", "rp-initiated-logout", "nik-verification", "webhooks");

    /** The client roles a configuration must fill in. */
    public static final List<String> CLIENT_ROLES = List.of("confidential", "public", "agency_backend");

    /**
     * The back-end client of a second agency ({@code client_credentials}, scope {@code agency.events}), required
     * with the capability {@code webhooks}: one agency must not see or change another's subscriptions (EVT-021).
     */
    public static final String SECOND_AGENCY_CLIENT = "agency_backend_b";

    /** The account roles a configuration must fill in. */
    public static final List<String> ACCOUNT_ROLES = List.of("citizen_a", "citizen_b", "officer_a", "officer_b");

    /** Whether the vendor declared this capability. */
    public boolean declares(String capability) {
        return capabilities.contains(capability);
    }

    /** The secret values of this configuration, so that every output can redact them. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        clients.values().forEach(c -> addIfPresent(secrets, c.clientSecret()));
        accounts.values().forEach(a -> {
            addIfPresent(secrets, a.password());
            addIfPresent(secrets, a.accessToken());
        });
        if (keyClient != null) {
            addIfPresent(secrets, keyClient.privateJwk());
        }
        return secrets;
    }

    /** A copy with another base URL (and the discovery URL that follows from it when it was the default one). */
    public VendorConfig withBaseUrl(URI newBaseUrl) {
        URI base = ConfigLoader.trimSlash(newBaseUrl);
        URI discovery = discoveryUrl.equals(ConfigLoader.defaultDiscovery(baseUrl))
                ? ConfigLoader.defaultDiscovery(base) : discoveryUrl;
        return new VendorConfig(base, discovery, capabilities, clients, accounts, login, registration, webhooks,
                keyClient);
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
