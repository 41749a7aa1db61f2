package id.mpp.server.http.sso;

import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.identity.Jwks;
import id.mpp.server.identity.TokenSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenID Provider metadata ({@code getOpenIdConfiguration}, SSO-001, SSO-002). Every URL is the issuer
 * ({@code mpp.issuer}) plus the endpoint's path. It states what this server does: introspection and
 * {@code private_key_jwt} are listed, and {@code end_session_endpoint} (RP-initiated logout, {@code http.login}).
 * The authorization and UserInfo endpoints are advertised already (the discovery schema requires them) and are
 * built by the next slice; until then they answer 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class DiscoveryController {
    private static final List<String> CLIENT_AUTH_METHODS = List.of("private_key_jwt", "client_secret_basic", "none");
    private static final List<String> ASSERTION_ALGORITHMS = List.of("RS256", "PS256", "ES256");

    private final Map<String, Object> document;
    private final String cacheControl;

    DiscoveryController(TokenSettings settings, Jwks jwks) {
        this.document = build(settings.issuer());
        this.cacheControl = "public, max-age=" + jwks.maxAgeSeconds();
    }

    @Get(uri = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> openIdConfiguration() {
        return HttpResponse.ok(document).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private static Map<String, Object> build(String issuer) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer);
        d.put("authorization_endpoint", issuer + "/v1/sso/authorize");
        d.put("token_endpoint", issuer + "/v1/sso/token");
        d.put("userinfo_endpoint", issuer + "/v1/sso/userinfo");
        d.put("jwks_uri", issuer + "/v1/sso/jwks");
        d.put("revocation_endpoint", issuer + "/v1/sso/revoke");
        d.put("introspection_endpoint", issuer + "/v1/sso/introspect");
        d.put("end_session_endpoint", issuer + "/v1/sso/logout");
        d.put("scopes_supported", List.copyOf(Scopes.SUPPORTED));
        d.put("response_types_supported", List.of("code"));
        d.put("response_modes_supported", List.of("query"));
        d.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        d.put("token_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        d.put("token_endpoint_auth_signing_alg_values_supported", ASSERTION_ALGORITHMS);
        d.put("revocation_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        d.put("revocation_endpoint_auth_signing_alg_values_supported", ASSERTION_ALGORITHMS);
        d.put("introspection_endpoint_auth_methods_supported", List.of("private_key_jwt", "client_secret_basic"));
        d.put("introspection_endpoint_auth_signing_alg_values_supported", ASSERTION_ALGORITHMS);
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put("subject_types_supported", List.of("public"));
        d.put("acr_values_supported", Arrays.stream(AcrValue.values()).map(AcrValue::urn).toList());
        d.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "at_hash",
                "sid", "name", "birthdate", "locale", "email", "email_verified", "phone_number",
                "phone_number_verified", "nik"));
        d.put("claim_types_supported", List.of("normal"));
        d.put("display_values_supported", List.of("page"));
        d.put("ui_locales_supported", List.of("id", "en"));
        d.put("claims_locales_supported", List.of("id", "en"));
        d.put("prompt_values_supported", List.of("none", "login", "consent"));
        d.put("authorization_response_iss_parameter_supported", true);
        d.put("claims_parameter_supported", false);
        d.put("request_parameter_supported", false);
        d.put("request_uri_parameter_supported", false);
        d.put("require_request_uri_registration", false);
        d.put("frontchannel_logout_supported", false);
        d.put("backchannel_logout_supported", false);
        return Collections.unmodifiableMap(d);
    }
}
