package id.mpp.server.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * One registered client, {@code mpp.clients.<client-id>.*}: what {@link id.mpp.server.domain.oauth.Client}
 * holds, as settings. The secret is configured only as a hash ({@code secret-hash}, see
 * {@link ClientSecretVerifier}); a {@code private_key_jwt} client gives its public JWK Set as JSON
 * ({@code jwks}). Clients marked {@code demo} are left out when {@code mpp.demo-clients} is false.
 */
@EachProperty("mpp.clients")
public class ClientConfiguration {
    private final String clientId;
    private String name;
    private String type = "confidential";
    private String authMethod = "client_secret_basic";
    private List<String> redirectUris = new ArrayList<>();
    private List<String> postLogoutRedirectUris = new ArrayList<>();
    private String scopes = "";
    private List<String> grantTypes = new ArrayList<>();
    @Nullable
    private String agencyId;
    @Nullable
    private String jwks;
    @Nullable
    private String secretHash;
    private boolean demo;
    private boolean introspection = true;

    public ClientConfiguration(@Parameter String clientId) {
        this.clientId = clientId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name == null ? clientId : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@code confidential} or {@code public}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** {@code client_secret_basic}, {@code private_key_jwt} or {@code none}. */
    public String getAuthMethod() {
        return authMethod;
    }

    public void setAuthMethod(String authMethod) {
        this.authMethod = authMethod;
    }

    public List<String> getRedirectUris() {
        return redirectUris;
    }

    public void setRedirectUris(List<String> redirectUris) {
        this.redirectUris = redirectUris;
    }

    public List<String> getPostLogoutRedirectUris() {
        return postLogoutRedirectUris;
    }

    public void setPostLogoutRedirectUris(List<String> postLogoutRedirectUris) {
        this.postLogoutRedirectUris = postLogoutRedirectUris;
    }

    /** The scopes the client may ask for, space-separated. */
    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public List<String> getGrantTypes() {
        return grantTypes;
    }

    public void setGrantTypes(List<String> grantTypes) {
        this.grantTypes = grantTypes;
    }

    @Nullable
    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(@Nullable String agencyId) {
        this.agencyId = agencyId;
    }

    /** The client's public JWK Set as JSON, for {@code private_key_jwt}. */
    @Nullable
    public String getJwks() {
        return jwks;
    }

    public void setJwks(@Nullable String jwks) {
        this.jwks = jwks;
    }

    @Nullable
    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(@Nullable String secretHash) {
        this.secretHash = secretHash;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    /** Whether a confidential client may call the introspection endpoint (otherwise 403 forbidden). */
    public boolean isIntrospection() {
        return introspection;
    }

    public void setIntrospection(boolean introspection) {
        this.introspection = introspection;
    }
}
