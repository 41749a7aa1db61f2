package id.mpp.server.http.sso;

import static id.mpp.server.http.sso.SsoFixture.AGENCY_CLIENT;
import static id.mpp.server.http.sso.SsoFixture.AGENCY_SECRET;
import static id.mpp.server.http.sso.SsoFixture.CLI_CLIENT;
import static id.mpp.server.http.sso.SsoFixture.JWT_CLIENT;
import static id.mpp.server.http.sso.SsoFixture.WEB_CLIENT;
import static id.mpp.server.http.sso.SsoFixture.WEB_SECRET;
import static id.mpp.server.http.sso.SsoFixture.basic;
import static id.mpp.server.http.sso.SsoFixture.json;
import static id.mpp.server.http.sso.SsoFixture.postForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.http.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The provider's endpoints that work so far, over HTTP: discovery, keys, token, revocation, introspection. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoEndpointsTest implements TestPropertyProvider {
    /** Static: Micronaut may make its own instance of this class for the mock bean; all must share one clock. */
    private static final SsoFixture.MutableClock clock = new SsoFixture.MutableClock();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return SsoFixture.properties();
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Http http() {
        return new Http(server);
    }

    private String issuer() {
        return "http://localhost:" + server.getPort();
    }

    @Test
    @DisplayName("SSO-001, SSO-002: the discovery document names the issuer it was fetched from, every endpoint under it, and only what the provider does")
    void discoveryDocument() {
        HttpResponse<String> response = http().get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        JsonNode d = json(response.body());
        assertThat(d.path("issuer").asText()).isEqualTo(issuer());
        for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri",
                "revocation_endpoint", "introspection_endpoint")) {
            assertThat(d.path(endpoint).asText()).as(endpoint).startsWith(issuer() + "/v1/sso/");
        }
        assertThat(d.path("token_endpoint").asText()).isEqualTo(issuer() + "/v1/sso/token");
        assertThat(d.path("end_session_endpoint").asText()).isEqualTo(issuer() + "/v1/sso/logout");
        assertThat(texts(d.path("response_types_supported"))).containsExactly("code");
        assertThat(texts(d.path("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(texts(d.path("id_token_signing_alg_values_supported"))).containsExactly("RS256");
        assertThat(texts(d.path("grant_types_supported"))).doesNotContain("implicit", "password");
        assertThat(d.path("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
        assertThat(texts(d.path("acr_values_supported")))
                .containsExactly("urn:mpp:acr:basic", "urn:mpp:acr:email", "urn:mpp:acr:nik");
        assertThat(texts(d.path("token_endpoint_auth_methods_supported"))).contains("private_key_jwt");
        assertThat(texts(d.path("introspection_endpoint_auth_methods_supported"))).doesNotContain("none");
    }

    @Test
    @DisplayName("SSO-003: the JWK Set is cached at most an hour and holds RS256 signing keys of 2048 bits without private members")
    void jwks() throws Exception {
        HttpResponse<String> response = http().get("/v1/sso/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        JsonNode keys = json(response.body()).path("keys");
        assertThat(keys.size()).isGreaterThanOrEqualTo(1);
        for (JsonNode key : keys) {
            assertThat(key.path("kid").asText()).isNotEmpty();
            assertThat(key.path("kty").asText()).isEqualTo("RSA");
            assertThat(key.path("use").asText()).isEqualTo("sig");
            assertThat(key.path("alg").asText()).isEqualTo("RS256");
            assertThat(key.path("e").asText()).isNotEmpty();
            for (String secret : List.of("d", "p", "q", "dp", "dq", "qi")) {
                assertThat(key.has(secret)).as(secret).isFalse();
            }
        }
        assertThat(JWKSet.parse(response.body()).getKeys()).allSatisfy(k -> assertThat(k.size()).isGreaterThanOrEqualTo(2048));
    }

    @Test
    @DisplayName("SSO-004, SSO-035, SSO-036, SSO-053: client_credentials with client_secret_basic answers an RS256 at+jwt access token for the client, with the agency, no refresh or ID token, never cached")
    void clientCredentialsWithClientSecretBasic() throws Exception {
        HttpResponse<String> response = postForm(http(), "/v1/sso/token", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "grant_type", "client_credentials", "scope", "officer");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("scope").asText()).isEqualTo("officer");
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(body.has("id_token")).isFalse();

        SignedJWT jwt = SignedJWT.parse(body.path("access_token").asText());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        RSAKey published = (RSAKey) JWKSet.parse(http().get("/v1/sso/jwks").body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(published).as("the kid names a published key").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(issuer());
        assertThat(claims.getSubject()).isEqualTo(AGENCY_CLIENT);
        assertThat(claims.getAudience()).containsExactly(issuer() + "/v1");
        assertThat(claims.getStringClaim("client_id")).isEqualTo(AGENCY_CLIENT);
        assertThat(claims.getStringClaim("agency_id")).isEqualTo("33-02-disdukcapil");
        assertThat(claims.getJWTID()).isNotEmpty();
        long lifetime = (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertThat(body.path("expires_in").asLong()).isEqualTo(lifetime).isLessThanOrEqualTo(300);
    }

    @Test
    @DisplayName("SSO-053: client_credentials without scope gets every registered scope; openid or an unregistered scope is invalid_scope")
    void clientCredentialsScopes() {
        HttpResponse<String> all = postForm(http(), "/v1/sso/token", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "grant_type", "client_credentials");
        HttpResponse<String> openid = postForm(http(), "/v1/sso/token", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "grant_type", "client_credentials", "scope", "openid");
        HttpResponse<String> foreign = postForm(http(), "/v1/sso/token", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "grant_type", "client_credentials", "scope", "documents.read");

        assertThat(json(all.body()).path("scope").asText()).isEqualTo("officer agency.events");
        assertOAuthError(openid, 400, "invalid_scope");
        assertOAuthError(foreign, 400, "invalid_scope");
    }

    @Test
    @DisplayName("SSO-051: client_credentials with private_key_jwt is answered; the same assertion a second time is 401 invalid_client")
    void privateKeyJwtAndReplay() throws Exception {
        String assertion = SsoFixture.assertion(issuer(), SsoFixture.newJti(), clock.instant());

        HttpResponse<String> first = postForm(http(), "/v1/sso/token", null, "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion);
        HttpResponse<String> replay = postForm(http(), "/v1/sso/token", null, "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(json(first.body()).path("access_token").asText()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(JWT_CLIENT);
        assertThat(claims.getStringClaim("scope")).isEqualTo("agency.events");
        assertOAuthError(replay, 401, "invalid_client");
    }

    @Test
    @DisplayName("SSO-051: an assertion with a wrong audience or a bad signature is 401 invalid_client")
    void privateKeyJwtRefusals() {
        String wrongAudience = SsoFixture.assertion("https://elsewhere.example", SsoFixture.newJti(), clock.instant());
        String good = SsoFixture.assertion(issuer(), SsoFixture.newJti(), clock.instant());
        String tampered = good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (String assertion : List.of(wrongAudience, tampered)) {
            assertOAuthError(postForm(http(), "/v1/sso/token", null, "grant_type", "client_credentials",
                    "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                    "client_assertion", assertion), 401, "invalid_client");
        }
    }

    @Test
    @DisplayName("SSO-037, SSO-050: a wrong secret, no credentials or the secret in the body is 401 invalid_client with WWW-Authenticate and the problem members")
    void wrongClientAuthentication() {
        HttpResponse<String> wrongSecret = postForm(http(), "/v1/sso/token", basic(AGENCY_CLIENT, "wrong"),
                "grant_type", "client_credentials");
        HttpResponse<String> none = postForm(http(), "/v1/sso/token", null, "grant_type", "client_credentials",
                "client_id", AGENCY_CLIENT);
        HttpResponse<String> post = postForm(http(), "/v1/sso/token", null, "grant_type", "client_credentials",
                "client_id", AGENCY_CLIENT, "client_secret", AGENCY_SECRET);
        HttpResponse<String> unknown = postForm(http(), "/v1/sso/token", basic("nobody", "x"),
                "grant_type", "client_credentials");

        for (HttpResponse<String> response : List.of(wrongSecret, none, post, unknown)) {
            assertOAuthError(response, 401, "invalid_client");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"mpp-digital\"");
        }
        JsonNode body = json(wrongSecret.body());
        assertThat(body.path("title").asText()).isEqualTo("Autentikasi klien gagal");
        assertThat(body.path("error_description").asText()).isEqualTo("Autentikasi klien gagal.");
        assertThat(body.path("instance").asText()).isEqualTo("/v1/sso/token");
        assertThat(body.path("request_id").asText()).isNotEmpty();
    }

    @Test
    @DisplayName("SSO-052: an unsupported grant type is 400 unsupported_grant_type; a public client's client_credentials is unauthorized_client")
    void unsupportedAndUnauthorizedGrants() {
        HttpResponse<String> password = postForm(http(), "/v1/sso/token", basic(WEB_CLIENT, WEB_SECRET),
                "grant_type", "password", "username", "x", "password", "y");
        HttpResponse<String> publicClientCredentials = postForm(http(), "/v1/sso/token", null,
                "grant_type", "client_credentials", "client_id", CLI_CLIENT);
        HttpResponse<String> missing = postForm(http(), "/v1/sso/token", basic(WEB_CLIENT, WEB_SECRET));

        assertOAuthError(password, 400, "unsupported_grant_type");
        assertOAuthError(publicClientCredentials, 400, "unauthorized_client");
        assertOAuthError(missing, 400, "invalid_request");
        assertThat(json(password.body()).path("title").asText()).isEqualTo("Jenis grant tidak didukung");
    }

    @Test
    @DisplayName("SSO-037: OAuth errors follow Accept-Language: English titles and descriptions with en")
    void oauthErrorInEnglish() {
        HttpResponse<String> response = http().send(http().request("/v1/sso/token")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .header("Authorization", basic(AGENCY_CLIENT, "wrong"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());

        assertOAuthError(response, 401, "invalid_client");
        assertThat(json(response.body()).path("title").asText()).isEqualTo("Client authentication failed");
        assertThat(json(response.body()).path("error_description").asText()).isEqualTo("Client authentication failed.");
    }

    @Test
    @DisplayName("SSO-082, SSO-070, SSO-081: an access token is active at introspection until it is revoked; then exactly {\"active\": false}")
    void revocationEndsIntrospection() {
        String token = SsoFixture.agencyToken(http());

        HttpResponse<String> before = postForm(http(), "/v1/sso/introspect", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "token", token);
        HttpResponse<String> revoked = postForm(http(), "/v1/sso/revoke", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "token", token, "token_type_hint", "access_token");
        HttpResponse<String> after = postForm(http(), "/v1/sso/introspect", basic(AGENCY_CLIENT, AGENCY_SECRET),
                "token", token);

        JsonNode active = json(before.body());
        assertThat(active.path("active").asBoolean()).isTrue();
        assertThat(active.path("client_id").asText()).isEqualTo(AGENCY_CLIENT);
        assertThat(active.path("sub").asText()).isEqualTo(AGENCY_CLIENT);
        assertThat(active.path("iss").asText()).isEqualTo(issuer());
        assertThat(active.path("aud").asText()).isEqualTo(issuer() + "/v1");
        assertThat(active.path("scope").asText()).isEqualTo("officer agency.events");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).isEmpty();
        assertThat(revoked.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(json(after.body()).toString()).isEqualTo("{\"active\":false}");
    }

    @Test
    @DisplayName("SSO-071, SSO-072: revoking an unknown token is 200; revoking another client's token is 400 unauthorized_client and it stays active")
    void revocationOfUnknownAndForeignTokens() {
        String token = SsoFixture.agencyToken(http());

        HttpResponse<String> unknown = postForm(http(), "/v1/sso/revoke", basic(WEB_CLIENT, WEB_SECRET),
                "token", "not-a-token");
        HttpResponse<String> foreign = postForm(http(), "/v1/sso/revoke", basic(WEB_CLIENT, WEB_SECRET),
                "token", token);
        HttpResponse<String> missing = postForm(http(), "/v1/sso/revoke", basic(WEB_CLIENT, WEB_SECRET));

        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).isEmpty();
        assertOAuthError(foreign, 400, "unauthorized_client");
        assertOAuthError(missing, 400, "invalid_request");
        assertThat(json(postForm(http(), "/v1/sso/introspect", basic(AGENCY_CLIENT, AGENCY_SECRET), "token", token)
                .body()).path("active").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("SSO-080, SSO-081: introspection needs a confidential client; another client's token reads inactive")
    void introspectionCallers() {
        String token = SsoFixture.agencyToken(http());

        HttpResponse<String> publicClient = postForm(http(), "/v1/sso/introspect", null, "token", token,
                "client_id", CLI_CLIENT);
        HttpResponse<String> anonymous = postForm(http(), "/v1/sso/introspect", null, "token", token);
        HttpResponse<String> otherClient = postForm(http(), "/v1/sso/introspect", basic(WEB_CLIENT, WEB_SECRET),
                "token", token);
        HttpResponse<String> garbage = postForm(http(), "/v1/sso/introspect", basic(WEB_CLIENT, WEB_SECRET),
                "token", "garbage");

        assertOAuthError(publicClient, 401, "invalid_client");
        assertOAuthError(anonymous, 401, "invalid_client");
        assertThat(json(otherClient.body()).toString()).isEqualTo("{\"active\":false}");
        assertThat(json(garbage.body()).toString()).isEqualTo("{\"active\":false}");
    }

    static void assertOAuthError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = json(response.body());
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/oauth-" + error.replace('_', '-'));
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            values.add(it.next().asText());
        }
        return values;
    }
}
