package id.mpp.sdk.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientCredentialsTest {

    @RegisterExtension
    final WireMockExtension provider = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private URI tokenEndpoint;

    @BeforeEach
    void endpoint() {
        tokenEndpoint = URI.create(provider.baseUrl() + "/v1/sso/token");
    }

    private ClientCredentials credentials(ClientAuthentication authentication) {
        OAuthClient client = OAuthClient.builder()
                .clientAuthentication(authentication)
                .tokenEndpoint(tokenEndpoint)
                .clock(clock)
                .build();
        return ClientCredentials.builder().client(client).scopes("officer", "agency.events").build();
    }

    private ClientCredentials basicCredentials() {
        return credentials(ClientAuthentication.clientSecretBasic("disdukcapil-banyumas", "rahasia"));
    }

    @Test
    void theTokenIsFetchedOnceAndThenServedFromTheCache() {
        provider.stubFor(post("/v1/sso/token").willReturn(okJson(TokenResponses.accessToken("at-1", 300))));
        ClientCredentials credentials = basicCredentials();

        assertThat(credentials.accessToken()).isEqualTo("at-1");
        clock.advance(Duration.ofSeconds(200));
        assertThat(credentials.accessToken()).isEqualTo("at-1");

        provider.verify(1, postRequestedFor(urlEqualTo("/v1/sso/token")));
    }

    @Test
    void theRequestAsksForTheClientCredentialsGrantWithTheConfiguredScopes() {
        provider.stubFor(post("/v1/sso/token").willReturn(okJson(TokenResponses.accessToken("at-1", 300))));

        basicCredentials().accessToken();

        String body = provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).get(0).getBodyAsString();
        assertThat(FormBodies.parse(body))
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("scope", "officer agency.events");
    }

    @Test
    void aNewTokenIsFetchedOnceTheCachedOneIsWithinTheRefreshSkewOfItsExpiry() {
        provider.stubFor(post("/v1/sso/token").inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(TokenResponses.accessToken("at-1", 300))).willSetStateTo("second"));
        provider.stubFor(post("/v1/sso/token").inScenario("rotation").whenScenarioStateIs("second")
                .willReturn(okJson(TokenResponses.accessToken("at-2", 300))));
        ClientCredentials credentials = basicCredentials();
        credentials.accessToken();

        clock.advance(Duration.ofSeconds(239));
        assertThat(credentials.accessToken()).isEqualTo("at-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(credentials.accessToken()).isEqualTo("at-2");

        provider.verify(2, postRequestedFor(urlEqualTo("/v1/sso/token")));
    }

    @Test
    void manyThreadsAskingAtOnceCauseOneFetch() throws Exception {
        provider.stubFor(post("/v1/sso/token")
                .willReturn(okJson(TokenResponses.accessToken("at-1", 300)).withFixedDelay(300)));
        ClientCredentials credentials = basicCredentials();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tokens.add(threads.submit(() -> {
                    start.await();
                    return credentials.accessToken();
                }));
            }
            start.countDown();
            for (Future<String> token : tokens) {
                assertThat(token.get()).isEqualTo("at-1");
            }
        } finally {
            threads.shutdownNow();
        }
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/sso/token")));
    }

    @Test
    void invalidatingTheCachedTokenMakesTheNextCallFetchANewOne() {
        provider.stubFor(post("/v1/sso/token").inScenario("rotation").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(TokenResponses.accessToken("at-1", 300))).willSetStateTo("second"));
        provider.stubFor(post("/v1/sso/token").inScenario("rotation").whenScenarioStateIs("second")
                .willReturn(okJson(TokenResponses.accessToken("at-2", 300))));
        ClientCredentials credentials = basicCredentials();
        credentials.accessToken();

        credentials.invalidate("some-other-token");
        assertThat(credentials.accessToken()).isEqualTo("at-1");
        credentials.invalidate("at-1");
        assertThat(credentials.accessToken()).isEqualTo("at-2");
    }

    @Test
    void aStillValidTokenIsUsedWhenItsEarlyRefreshFails() {
        provider.stubFor(post("/v1/sso/token").inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(TokenResponses.accessToken("at-1", 300))).willSetStateTo("down"));
        provider.stubFor(post("/v1/sso/token").inScenario("outage").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503)));
        ClientCredentials credentials = basicCredentials();
        credentials.accessToken();

        clock.advance(Duration.ofSeconds(250));
        assertThat(credentials.accessToken()).isEqualTo("at-1");
        clock.advance(Duration.ofSeconds(50));
        assertThatThrownBy(credentials::accessToken).isInstanceOf(OAuthException.class);
    }

    @Test
    void clientSecretBasicSendsTheFormUrlEncodedIdAndSecretAsBasicCredentials() {
        provider.stubFor(post("/v1/sso/token").willReturn(okJson(TokenResponses.accessToken("at-1", 300))));

        credentials(ClientAuthentication.clientSecretBasic("dinas:kesehatan", "r4h4sia +&/é")).accessToken();

        // RFC 6749 §2.3.1: each part form-urlencoded, then "id:secret" in Base64.
        String expected = java.util.Base64.getEncoder().encodeToString(
                "dinas%3Akesehatan:r4h4sia+%2B%26%2F%C3%A9".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        provider.verify(postRequestedFor(urlEqualTo("/v1/sso/token"))
                .withHeader("Authorization", equalTo("Basic " + expected))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
        String body = provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).get(0).getBodyAsString();
        assertThat(FormBodies.parse(body)).doesNotContainKeys("client_secret", "client_assertion");
    }

    @Test
    void aRefusalIsAnOAuthExceptionWithTheErrorTheDescriptionAndTheStatus() {
        provider.stubFor(post("/v1/sso/token").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-42")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Autentikasi klien gagal.\","
                        + "\"type\":\"https://mpp-digital.go.id/problems/oauth-invalid-client\",\"status\":401}")));

        assertThatThrownBy(basicCredentials()::accessToken)
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_client");
                    assertThat(e.errorDescription()).isEqualTo("Autentikasi klien gagal.");
                    assertThat(e.requestId()).isEqualTo("req-42");
                    assertThat(e.getMessage()).contains("401", "invalid_client", "req-42");
                });
    }
}
