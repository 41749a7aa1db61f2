package id.mpp.sdk.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/** {@code none}: a public client names itself with {@code client_id} in the body and proves nothing. */
final class PublicClient implements ClientAuthentication {

    private final String clientId;

    PublicClient(String clientId) {
        this.clientId = Forms.requireText(clientId, "clientId");
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public void authenticate(URI tokenEndpoint, Map<String, String> form, HttpRequest.Builder request) {
        form.put("client_id", clientId);
    }

    @Override
    public String toString() {
        return "none[" + clientId + "]";
    }
}
