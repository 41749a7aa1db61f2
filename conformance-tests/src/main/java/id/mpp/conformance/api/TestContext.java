package id.mpp.conformance.api;

import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.http.ConformanceHttpClient;
import java.net.URI;

/**
 * What a conformance test receives: the implementation's configuration and an HTTP client that records and
 * checks every exchange against the contract.
 *
 * @param config the vendor's configuration
 * @param http the recording, contract-checking HTTP client of this test
 */
public record TestContext(VendorConfig config, ConformanceHttpClient http) {

    /** The implementation's base URL. */
    public URI baseUrl() {
        return config.baseUrl();
    }
}
