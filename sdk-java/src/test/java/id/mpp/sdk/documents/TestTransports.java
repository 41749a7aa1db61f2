package id.mpp.sdk.documents;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.http.ApiTransport;
import id.mpp.sdk.http.Sleeper;

/** The SDK's real transport, pointed at a test server, as the vault's tests use it. */
final class TestTransports {

    private TestTransports() {
    }

    /** The transport of a client of {@code baseUrl} that never really waits between attempts. */
    static ApiTransport forServer(String baseUrl) {
        return forServer(baseUrl, duration -> { });
    }

    /** The transport of a client of {@code baseUrl} whose waits between attempts go to {@code sleeper}. */
    static ApiTransport forServer(String baseUrl, Sleeper sleeper) {
        return MppClient.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.bearer("vault-test-token"))
                .sleeper(sleeper)
                .build()
                .transport();
    }
}
