package id.mpp.sdk.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PrivateKeyJwtTest {

    private static final RSAKey RSA_KEY = generateRsa();
    private static final ECKey EC_KEY = generateEc();

    @RegisterExtension
    final WireMockExtension provider = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));

    private static RSAKey generateRsa() {
        try {
            return new RSAKeyGenerator(2048).keyID("disdukcapil-2026").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generateEc() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("disdukcapil-ec").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignedJWT fetchAndCaptureAssertion(ClientAuthentication authentication) throws Exception {
        provider.stubFor(post("/v1/sso/token").willReturn(okJson(TokenResponses.accessToken("at-1", 300))));
        OAuthClient client = OAuthClient.builder()
                .clientAuthentication(authentication)
                .tokenEndpoint(URI.create(provider.baseUrl() + "/v1/sso/token"))
                .clock(clock)
                .build();
        ClientCredentials.builder().client(client).build().accessToken();
        Map<String, String> form = FormBodies.parse(
                provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).get(0).getBodyAsString());
        assertThat(form).containsEntry("client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        return SignedJWT.parse(form.get("client_assertion"));
    }

    @Test
    void anRs256AssertionVerifiesWithTheClientsPublicKeyAndNamesTheClientAndTheTokenEndpoint() throws Exception {
        PrivateKeyJwt authentication = PrivateKeyJwt.builder()
                .clientId("disdukcapil-banyumas").key(RSA_KEY).clock(clock).build();

        SignedJWT assertion = fetchAndCaptureAssertion(authentication);

        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo("disdukcapil-2026");
        assertThat(assertion.verify(new RSASSAVerifier(RSA_KEY.toRSAPublicKey()))).isTrue();
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("disdukcapil-banyumas");
        assertThat(claims.getSubject()).isEqualTo("disdukcapil-banyumas");
        assertThat(claims.getAudience()).containsExactly(provider.baseUrl() + "/v1/sso/token");
        assertThat(claims.getJWTID()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(clock.instant()));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(clock.instant().plusSeconds(60)));
    }

    @Test
    void anEs256AssertionVerifiesWithTheClientsPublicKey() throws Exception {
        SignedJWT assertion = fetchAndCaptureAssertion(ClientAuthentication.privateKeyJwt("disdukcapil-banyumas", EC_KEY));

        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(assertion.verify(new ECDSAVerifier(EC_KEY.toECPublicKey()))).isTrue();
    }

    @Test
    void aJavaSecurityPrivateKeyCanSignTheAssertion() throws Exception {
        PrivateKeyJwt authentication = PrivateKeyJwt.builder()
                .clientId("disdukcapil-banyumas").key(RSA_KEY.toPrivateKey(), "disdukcapil-2026").clock(clock).build();

        SignedJWT assertion = fetchAndCaptureAssertion(authentication);

        assertThat(assertion.verify(new RSASSAVerifier(RSA_KEY.toRSAPublicKey()))).isTrue();
        assertThat(assertion.getHeader().getKeyID()).isEqualTo("disdukcapil-2026");
    }

    @Test
    void everyAssertionHasANewJti() throws Exception {
        PrivateKeyJwt authentication = PrivateKeyJwt.builder().clientId("disdukcapil-banyumas").key(RSA_KEY).build();
        URI tokenEndpoint = URI.create("https://mpp.banyumaskab.go.id/v1/sso/token");

        String first = SignedJWT.parse(authentication.assertion(tokenEndpoint)).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(authentication.assertion(tokenEndpoint)).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theAudienceCanBeTheIssuerInstead() throws Exception {
        PrivateKeyJwt authentication = PrivateKeyJwt.builder().clientId("disdukcapil-banyumas").key(RSA_KEY)
                .audience("https://mpp.banyumaskab.go.id").lifetime(Duration.ofMinutes(2)).clock(clock).build();

        JWTClaimsSet claims = SignedJWT.parse(authentication.assertion(URI.create("https://x.example/token")))
                .getJWTClaimsSet();

        assertThat(claims.getAudience()).isEqualTo(List.of("https://mpp.banyumaskab.go.id"));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(clock.instant().plusSeconds(120)));
    }

    @Test
    void aKeyWithoutItsPrivatePartIsRefused() {
        assertThatThrownBy(() -> PrivateKeyJwt.builder().clientId("c").key(RSA_KEY.toPublicJWK()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no private part");
    }

    @Test
    void anHmacAlgorithmIsRefused() {
        assertThatThrownBy(() -> PrivateKeyJwt.builder().clientId("c").key(RSA_KEY).algorithm(JWSAlgorithm.HS256).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAlgorithmThatDoesNotFitTheKeyIsRefused() {
        assertThatThrownBy(() -> PrivateKeyJwt.builder().clientId("c").key(EC_KEY).algorithm(JWSAlgorithm.RS256).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAssertionLifetimeOverFiveMinutesIsRefused() {
        assertThatThrownBy(() -> PrivateKeyJwt.builder().lifetime(Duration.ofMinutes(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
