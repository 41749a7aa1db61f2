package id.mpp.sdk.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuthClientTest {

    @RegisterExtension
    final WireMockExtension provider = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));

    private OAuthClient client() {
        return OAuthClient.builder()
                .clientAuthentication(ClientAuthentication.clientSecretBasic("disdukcapil-banyumas", "rahasia"))
                .tokenEndpoint(URI.create(provider.baseUrl() + "/v1/sso/token"))
                .revocationEndpoint(URI.create(provider.baseUrl() + "/v1/sso/revoke"))
                .introspectionEndpoint(URI.create(provider.baseUrl() + "/v1/sso/introspect"))
                .clock(clock)
                .build();
    }

    @Test
    void aTokenAnswerBecomesATokenSetExpiringAfterExpiresIn() {
        provider.stubFor(post("/v1/sso/token").willReturn(okJson(TokenResponses.withRefreshToken("at-1", "rt-1", 300))));

        TokenSet tokens = client().refresh("rt-0");

        assertThat(tokens.accessToken()).isEqualTo("at-1");
        assertThat(tokens.refreshToken()).contains("rt-1");
        assertThat(tokens.expiresAt()).contains(clock.instant().plusSeconds(300));
        assertThat(tokens.scopes()).containsExactly("openid", "offline_access", "documents.read");
    }

    @Test
    void aTokenTypeOtherThanBearerIsRefused() {
        provider.stubFor(post("/v1/sso/token").willReturn(okJson(
                "{\"access_token\":\"at-1\",\"token_type\":\"DPoP\",\"expires_in\":300}")));

        assertThatThrownBy(() -> client().clientCredentials(java.util.List.of()))
                .isInstanceOf(MppException.class)
                .hasMessageContaining("DPoP");
    }

    @Test
    void aRefusalWithoutAJsonBodyStillCarriesItsStatus() {
        provider.stubFor(post("/v1/sso/token").willReturn(aResponse().withStatus(503).withBody("<html>down</html>")));

        assertThatThrownBy(() -> client().refresh("rt-0"))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.error()).isNull();
                });
    }

    @Test
    void revocationPostsTheTokenAndItsHintWithTheClientsAuthentication() {
        provider.stubFor(post("/v1/sso/revoke").willReturn(aResponse().withStatus(200)));

        client().revoke("rt-1", "refresh_token");

        var request = provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/revoke"))).get(0);
        assertThat(FormBodies.parse(request.getBodyAsString()))
                .containsEntry("token", "rt-1")
                .containsEntry("token_type_hint", "refresh_token");
        assertThat(request.getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void aRevocationRefusedForAnotherClientsTokenIsAnOAuthException() {
        provider.stubFor(post("/v1/sso/revoke").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unauthorized_client\",\"error_description\":\"Token ini diterbitkan untuk aplikasi lain.\"}")));

        assertThatThrownBy(() -> client().revoke("rt-1", null))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("unauthorized_client"));
    }

    @Test
    void introspectionReadsAnActiveTokensMetadata() {
        provider.stubFor(post("/v1/sso/introspect").willReturn(okJson("{\"active\":true,\"scope\":\"officer agency.events\","
                + "\"client_id\":\"disdukcapil-banyumas\",\"sub\":\"disdukcapil-banyumas\",\"exp\":1795337460,"
                + "\"acr\":\"urn:mpp:acr:nik\",\"future_member\":{\"x\":1}}")));

        TokenIntrospection introspection = client().introspect("at-1", "access_token");

        assertThat(introspection.active()).isTrue();
        assertThat(introspection.scopes()).containsExactly("officer", "agency.events");
        assertThat(introspection.subject()).contains("disdukcapil-banyumas");
        assertThat(introspection.expiresAt()).contains(Instant.ofEpochSecond(1795337460L));
        assertThat(introspection.text("acr")).contains("urn:mpp:acr:nik");
    }

    @Test
    void anInactiveTokenHasNothingButActiveFalse() {
        provider.stubFor(post("/v1/sso/introspect").willReturn(okJson("{\"active\":false}")));

        TokenIntrospection introspection = client().introspect("at-1", null);

        assertThat(introspection.active()).isFalse();
        assertThat(introspection.subject()).isEmpty();
        assertThat(introspection.scopes()).isEmpty();
    }
}
