package id.mpp.sdk.sso;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The provider's OpenID Connect discovery document (OpenID Connect Discovery 1.0 §3, RFC 8414): its issuer,
 * endpoints and what it supports.
 *
 * <p>Immutable. Read with {@link OpenIdDiscovery}, which also checks that the issuer is the expected one.
 */
public final class ProviderMetadata {

    private final String issuer;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final URI userinfoEndpoint;
    private final URI jwksUri;
    private final URI revocationEndpoint;
    private final URI introspectionEndpoint;
    private final URI endSessionEndpoint;
    private final List<String> scopesSupported;
    private final List<String> idTokenSigningAlgValuesSupported;
    private final List<String> codeChallengeMethodsSupported;
    private final List<String> tokenEndpointAuthMethodsSupported;
    private final boolean authorizationResponseIssParameterSupported;

    private ProviderMetadata(JsonNode document) {
        this.issuer = requiredText(document, "issuer");
        this.authorizationEndpoint = endpoint(document, "authorization_endpoint", true);
        this.tokenEndpoint = endpoint(document, "token_endpoint", true);
        this.jwksUri = endpoint(document, "jwks_uri", true);
        this.userinfoEndpoint = endpoint(document, "userinfo_endpoint", false);
        this.revocationEndpoint = endpoint(document, "revocation_endpoint", false);
        this.introspectionEndpoint = endpoint(document, "introspection_endpoint", false);
        this.endSessionEndpoint = endpoint(document, "end_session_endpoint", false);
        this.scopesSupported = list(document, "scopes_supported");
        this.idTokenSigningAlgValuesSupported = list(document, "id_token_signing_alg_values_supported");
        this.codeChallengeMethodsSupported = list(document, "code_challenge_methods_supported");
        this.tokenEndpointAuthMethodsSupported = list(document, "token_endpoint_auth_methods_supported");
        JsonNode iss = document.get("authorization_response_iss_parameter_supported");
        this.authorizationResponseIssParameterSupported = iss != null && iss.isBoolean() && iss.booleanValue();
    }

    /**
     * Reads a discovery document.
     *
     * @throws MppException when it is not JSON, or lacks the issuer, an endpoint the SDK needs, or has an
     *     endpoint that is not an absolute URL
     */
    public static ProviderMetadata parse(String json) {
        return new ProviderMetadata(JsonHttp.parseObject(json, "discovery document"));
    }

    /** The issuer identifier, exactly as the provider states it; the {@code iss} of its tokens. */
    public String issuer() {
        return issuer;
    }

    /** The authorization endpoint, where the browser signs in. */
    public URI authorizationEndpoint() {
        return authorizationEndpoint;
    }

    /** The token endpoint. */
    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** The JWK Set of the keys that sign ID tokens. */
    public URI jwksUri() {
        return jwksUri;
    }

    /** The UserInfo endpoint. */
    public Optional<URI> userinfoEndpoint() {
        return Optional.ofNullable(userinfoEndpoint);
    }

    /** The revocation endpoint (RFC 7009). */
    public Optional<URI> revocationEndpoint() {
        return Optional.ofNullable(revocationEndpoint);
    }

    /** The introspection endpoint (RFC 7662), present only when the deployment offers it. */
    public Optional<URI> introspectionEndpoint() {
        return Optional.ofNullable(introspectionEndpoint);
    }

    /** The RP-initiated logout endpoint, present only when the deployment offers it. */
    public Optional<URI> endSessionEndpoint() {
        return Optional.ofNullable(endSessionEndpoint);
    }

    /** The scopes a client may request. */
    public List<String> scopesSupported() {
        return scopesSupported;
    }

    /** The algorithms that sign ID tokens. */
    public List<String> idTokenSigningAlgValuesSupported() {
        return idTokenSigningAlgValuesSupported;
    }

    /** The PKCE methods accepted; {@code S256} for this provider. */
    public List<String> codeChallengeMethodsSupported() {
        return codeChallengeMethodsSupported;
    }

    /** The client authentication methods of the token endpoint. */
    public List<String> tokenEndpointAuthMethodsSupported() {
        return tokenEndpointAuthMethodsSupported;
    }

    /** Whether every authorization response carries {@code iss} (RFC 9207), so that one without it is refused. */
    public boolean authorizationResponseIssParameterSupported() {
        return authorizationResponseIssParameterSupported;
    }

    @Override
    public String toString() {
        return "ProviderMetadata[issuer=" + issuer + "]";
    }

    private static String requiredText(JsonNode document, String name) {
        JsonNode value = document.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MppException("The discovery document has no " + name);
        }
        return value.asText();
    }

    private static URI endpoint(JsonNode document, String name, boolean required) {
        JsonNode value = document.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MppException("The discovery document has no " + name);
            }
            return null;
        }
        try {
            URI uri = new URI(value.asText());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new MppException("The discovery document's " + name + " is not an absolute URL: " + uri);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MppException("The discovery document's " + name + " is not a URL: " + e.getMessage(), e);
        }
    }

    private static List<String> list(JsonNode document, String name) {
        JsonNode value = document.get(name);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> values.add(item.asText()));
        }
        return List.copyOf(values);
    }
}
