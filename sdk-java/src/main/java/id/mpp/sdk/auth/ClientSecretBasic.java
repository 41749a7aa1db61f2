package id.mpp.sdk.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** {@code client_secret_basic}: HTTP Basic with the form-urlencoded client ID and secret (RFC 6749 §2.3.1). */
final class ClientSecretBasic implements ClientAuthentication {

    private final String clientId;
    private final String authorization;

    ClientSecretBasic(String clientId, String clientSecret) {
        this.clientId = Forms.requireText(clientId, "clientId");
        String credentials = Forms.encode(clientId) + ":" + Forms.encode(Forms.requireText(clientSecret, "clientSecret"));
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public void authenticate(URI tokenEndpoint, Map<String, String> form, HttpRequest.Builder request) {
        request.setHeader("Authorization", authorization);
    }

    @Override
    public String toString() {
        return "client_secret_basic[" + clientId + "]";
    }
}
