package id.mpp.conformance.auth;

import id.mpp.conformance.config.ClientConfig;
import id.mpp.conformance.config.VendorConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** An authorization request under construction: client, redirect URI, scope, state, nonce, PKCE and extras. */
public final class AuthRequest {

    private final String clientRole;
    private final ClientConfig client;
    private final Map<String, String> params = new LinkedHashMap<>();
    private Pkce pkce = Pkce.create();

    private AuthRequest(String clientRole, ClientConfig client) {
        this.clientRole = clientRole;
        this.client = client;
        params.put("response_type", "code");
        params.put("client_id", client.clientId());
        params.put("redirect_uri", client.redirectUri());
        params.put("scope", "openid");
        params.put("state", Pkce.random());
        params.put("nonce", Pkce.random());
        params.put("code_challenge", pkce.challenge());
        params.put("code_challenge_method", "S256");
    }

    /** A request of the client of this role ({@code confidential} or {@code public}) with fresh state, nonce, PKCE. */
    public static AuthRequest of(VendorConfig config, String clientRole) {
        return new AuthRequest(clientRole, config.clients().get(clientRole));
    }

    public AuthRequest scope(String scope) {
        params.put("scope", scope);
        return this;
    }

    /** Sets a parameter ({@code null} removes it). */
    public AuthRequest param(String name, String value) {
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return this;
    }

    public String clientRole() {
        return clientRole;
    }

    public ClientConfig client() {
        return client;
    }

    public Pkce pkce() {
        return pkce;
    }

    public String param(String name) {
        return params.get(name);
    }

    public String redirectUri() {
        return params.get("redirect_uri");
    }

    public String state() {
        return params.get("state");
    }

    public String nonce() {
        return params.get("nonce");
    }

    /** The request's URL at this authorization endpoint. */
    public String url(String authorizationEndpoint) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return authorizationEndpoint + "?" + query;
    }
}
