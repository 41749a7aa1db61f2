package id.mpp.server.http.security;

import static id.mpp.server.http.sso.SsoFixture.AGENCY_CLIENT;
import static id.mpp.server.http.sso.SsoFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.server.http.Http;
import id.mpp.server.http.sso.SsoFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bearer access tokens at a secured resource endpoint (a test-only controller), verified by the provider's keys. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerTokenTest implements TestPropertyProvider {
    private static final SsoFixture.MutableClock CLOCK = new SsoFixture.MutableClock();
    private static final String INVALID_TOKEN = "Bearer realm=\"mpp-digital\", error=\"invalid_token\"";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return SsoFixture.properties();
    }

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    private Http http() {
        return new Http(server);
    }

    private HttpResponse<String> call(String path, String token) {
        return http().get(path, "Authorization", "Bearer " + token);
    }

    @Test
    @DisplayName("SSO-053: a valid client-credentials token reaches the resource as its client, with its scopes and agency")
    void validTokenGivesTheCaller() {
        HttpResponse<String> response = call("/test-bearer/me", SsoFixture.agencyToken(http()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode caller = json(response.body());
        assertThat(caller.path("subject").asText()).isEqualTo(AGENCY_CLIENT);
        assertThat(caller.path("client_id").asText()).isEqualTo(AGENCY_CLIENT);
        assertThat(caller.path("scope").asText()).isEqualTo("officer agency.events");
        assertThat(caller.path("agency_id").asText()).isEqualTo("33-02-disdukcapil");
        assertThat(caller.path("account_token").asBoolean()).isFalse();
        assertThat(call("/test-bearer/officer", SsoFixture.agencyToken(http())).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("GEN-020: a valid token without the operation's scope answers 403 insufficient-scope")
    void missingScopeIsInsufficientScope() {
        HttpResponse<String> response = call("/test-bearer/documents", SsoFixture.agencyToken(http()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/insufficient-scope");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"insufficient_scope\""));
    }

    @Test
    @DisplayName("GEN-019: no token answers 401 unauthenticated with a bare Bearer challenge")
    void noToken() {
        HttpResponse<String> response = http().get("/test-bearer/me");

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"mpp-digital\"");
    }

    @Test
    @DisplayName("SSO-060, GEN-019: a tampered token answers 401 with error=\"invalid_token\"")
    void tamperedToken() {
        String token = SsoFixture.agencyToken(http());
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("officer agency.events", "officer documents.read");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertInvalidToken(call("/test-bearer/me", tampered));
        assertInvalidToken(call("/test-bearer/me", "not-a-jwt"));
    }

    @Test
    @DisplayName("SSO-060, GEN-019: alg none, HS256 with the public key, and a key the provider never published answer 401 invalid_token")
    void forgedTokens() throws Exception {
        String issuer = "http://localhost:" + server.getPort();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(AGENCY_CLIENT).audience(issuer + "/v1")
                .claim("client_id", AGENCY_CLIENT).claim("scope", "officer").jwtID("forged")
                .issueTime(java.util.Date.from(CLOCK.instant()))
                .expirationTime(java.util.Date.from(CLOCK.instant().plusSeconds(300))).build();
        String none = new PlainJWT(claims).serialize();

        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt"))
                .keyID("stranger").build(), claims);
        foreign.sign(new RSASSASigner(stranger));

        String publishedKid = SignedJWT.parse(SsoFixture.agencyToken(http())).getHeader().getKeyID();
        byte[] publicKeyAsSecret = http().get("/v1/sso/jwks").body().getBytes(StandardCharsets.UTF_8);
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(publishedKid).build(), claims);
        hmac.sign(new MACSigner(publicKeyAsSecret));

        assertInvalidToken(call("/test-bearer/me", none));
        assertInvalidToken(call("/test-bearer/me", foreign.serialize()));
        assertInvalidToken(call("/test-bearer/me", hmac.serialize()));
    }

    @Test
    @DisplayName("SSO-060, GEN-019: a token past its exp (the server's clock moved on) answers 401 invalid_token")
    void expiredToken() {
        String token = SsoFixture.agencyToken(http());
        assertThat(call("/test-bearer/me", token).statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofSeconds(300 + 61));

        assertInvalidToken(call("/test-bearer/me", token));
    }

    @Test
    @DisplayName("SSO-070: a revoked access token answers 401 invalid_token")
    void revokedToken() {
        String token = SsoFixture.agencyToken(http());
        HttpResponse<String> revoked = SsoFixture.postForm(http(), "/v1/sso/revoke",
                SsoFixture.basic(AGENCY_CLIENT, SsoFixture.AGENCY_SECRET), "token", token);
        assertThat(revoked.statusCode()).isEqualTo(200);

        assertInvalidToken(call("/test-bearer/me", token));
    }

    private static void assertInvalidToken(HttpResponse<String> response) {
        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(INVALID_TOKEN);
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/unauthenticated");
        assertThat(response.body()).doesNotContain(AGENCY_CLIENT + "\",\"client_id");
    }
}
