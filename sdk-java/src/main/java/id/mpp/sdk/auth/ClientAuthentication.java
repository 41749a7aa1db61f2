package id.mpp.sdk.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * How an OAuth client proves who it is at the provider's token, revocation and introspection endpoints.
 *
 * <p>Three methods, as the contract registers them: {@link #clientSecretBasic(String, String)} for confidential
 * clients with a secret, {@link PrivateKeyJwt} for confidential clients with a key pair (the stronger choice
 * for agency back-ends), and {@link #none(String)} for public clients (browser, mobile, desktop and
 * command-line apps), which only name themselves. Implementations are immutable and thread-safe.
 */
public interface ClientAuthentication {

    /** The client's registered ID. */
    String clientId();

    /**
     * Adds the client's authentication to a form request before the SDK sends it.
     *
     * @param tokenEndpoint the provider's token endpoint, the audience of client assertions (RFC 7523 §3),
     *     also when the request goes to the revocation or introspection endpoint
     * @param form the form fields of the request, to which body parameters are added
     * @param request the request, to which headers are added
     */
    void authenticate(URI tokenEndpoint, Map<String, String> form, HttpRequest.Builder request);

    /**
     * {@code client_secret_basic} (RFC 6749 §2.3.1): the ID and secret, each form-urlencoded, as HTTP Basic
     * credentials.
     */
    static ClientAuthentication clientSecretBasic(String clientId, String clientSecret) {
        return new ClientSecretBasic(clientId, clientSecret);
    }

    /**
     * {@code private_key_jwt} (RFC 7523) with the defaults of {@link PrivateKeyJwt.Builder}: a client assertion
     * signed with {@code key}, a nimbus {@code RSAKey} or {@code ECKey} that holds the private part.
     */
    static ClientAuthentication privateKeyJwt(String clientId, com.nimbusds.jose.jwk.JWK key) {
        return PrivateKeyJwt.builder().clientId(clientId).key(key).build();
    }

    /** {@code none}: a public client, which sends only its {@code client_id} in the body. */
    static ClientAuthentication none(String clientId) {
        return new PublicClient(clientId);
    }
}
