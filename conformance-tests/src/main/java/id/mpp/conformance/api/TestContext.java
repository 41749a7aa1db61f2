package id.mpp.conformance.api;

import id.mpp.conformance.auth.Oidc;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.http.ConformanceHttpClient;
import id.mpp.conformance.webhooks.WebhookReceiver;
import java.net.URI;

/**
 * What a conformance test receives: the implementation's configuration, an HTTP client that records and checks
 * every exchange against the contract, and the run's relying party (discovery, sign-in, cached tokens).
 *
 * @param config the vendor's configuration
 * @param http the recording, contract-checking HTTP client of this test
 * @param oidc the run's OpenID Connect relying party, shared by the tests of one run
 * @param webhooks the run's webhook receiver, shared by the tests of one run (it listens from its first use)
 */
public record TestContext(VendorConfig config, ConformanceHttpClient http, Oidc oidc, WebhookReceiver webhooks) {

    /** A context with a relying party and a webhook receiver of its own (nothing shared with other tests). */
    public TestContext(VendorConfig config, ConformanceHttpClient http) {
        this(config, http, new Oidc(config), new WebhookReceiver(config.webhooks()));
    }

    /** The implementation's base URL. */
    public URI baseUrl() {
        return config.baseUrl();
    }

    /** The access token of a test account ({@code citizen_a}, {@code citizen_b}, {@code officer_a}, ...). */
    public String token(String role) {
        return oidc.accessToken(http, role);
    }

    /** The {@code Authorization} header value for a test account's access token. */
    public String bearer(String role) {
        return "Bearer " + token(role);
    }
}
