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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserSessionTest {

    @RegisterExtension
    final WireMockExtension provider = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private final List<String> stored = new CopyOnWriteArrayList<>();

    private OAuthClient client(ClientAuthentication authentication) {
        return OAuthClient.builder()
                .clientAuthentication(authentication)
                .tokenEndpoint(URI.create(provider.baseUrl() + "/v1/sso/token"))
                .revocationEndpoint(URI.create(provider.baseUrl() + "/v1/sso/revoke"))
                .clock(clock)
                .build();
    }

    private UserSession session(ClientAuthentication authentication) {
        TokenSet signIn = TokenSet.builder()
                .accessToken("at-1").refreshToken("rt-1").idToken("id-1").issuedAt(clock.instant())
                .expiresAt(clock.instant().plusSeconds(300)).build();
        return UserSession.builder()
                .client(client(authentication))
                .tokens(signIn)
                .refreshTokenStore(tokens -> stored.add(tokens.refreshToken().orElseThrow()))
                .build();
    }

    private UserSession publicSession() {
        return session(ClientAuthentication.none("banyumas-layanan-desktop"));
    }

    private void stubRotation(String presented, String accessToken, String next) {
        provider.stubFor(post("/v1/sso/token").withRequestBody(containing("refresh_token=" + presented))
                .willReturn(okJson(TokenResponses.withRefreshToken(accessToken, next, 300))));
    }

    private List<Map<String, String>> tokenRequests() {
        return provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).stream()
                .map(request -> FormBodies.parse(request.getBodyAsString()))
                .collect(Collectors.toList());
    }

    @Test
    void theAccessTokenIsUsedAsIsUntilItNearsExpiry() {
        UserSession session = publicSession();

        clock.advance(Duration.ofSeconds(239));

        assertThat(session.accessToken()).isEqualTo("at-1");
        assertThat(tokenRequests()).isEmpty();
    }

    @Test
    void theAccessTokenIsRefreshedBeforeItExpiresAndTheRotatedRefreshTokenIsStored() {
        stubRotation("rt-1", "at-2", "rt-2");
        UserSession session = publicSession();

        clock.advance(Duration.ofSeconds(240));

        assertThat(session.accessToken()).isEqualTo("at-2");
        assertThat(stored).containsExactly("rt-2");
        assertThat(session.tokens().refreshToken()).contains("rt-2");
        assertThat(tokenRequests()).singleElement().satisfies(form -> assertThat(form)
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "rt-1"));
    }

    @Test
    void theNextRefreshUsesTheRotatedRefreshTokenAndNeverTheOldOne() {
        stubRotation("rt-1", "at-2", "rt-2");
        stubRotation("rt-2", "at-3", "rt-3");
        UserSession session = publicSession();

        clock.advance(Duration.ofSeconds(240));
        session.accessToken();
        clock.advance(Duration.ofSeconds(240));

        assertThat(session.accessToken()).isEqualTo("at-3");
        assertThat(tokenRequests()).extracting(form -> form.get("refresh_token")).containsExactly("rt-1", "rt-2");
        assertThat(stored).containsExactly("rt-2", "rt-3");
    }

    @Test
    void aPublicClientNamesItselfInTheBodyWithoutAuthorizationHeader() {
        stubRotation("rt-1", "at-2", "rt-2");
        UserSession session = publicSession();
        clock.advance(Duration.ofSeconds(300));

        session.accessToken();

        assertThat(tokenRequests().get(0)).containsEntry("client_id", "banyumas-layanan-desktop");
        assertThat(provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).get(0).containsHeader("Authorization"))
                .isFalse();
    }

    @Test
    void aConfidentialClientAuthenticatesItsRefresh() {
        stubRotation("rt-1", "at-2", "rt-2");
        UserSession session = session(ClientAuthentication.clientSecretBasic("banyumas-layanan-web", "rahasia"));
        clock.advance(Duration.ofSeconds(300));

        session.accessToken();

        provider.verify(postRequestedFor(urlEqualTo("/v1/sso/token"))
                .withHeader("Authorization", equalTo("Basic YmFueXVtYXMtbGF5YW5hbi13ZWI6cmFoYXNpYQ==")));
    }

    @Test
    void manyThreadsNeedingARefreshSendTheRefreshTokenOnce() throws Exception {
        provider.stubFor(post("/v1/sso/token").withRequestBody(containing("refresh_token=rt-1"))
                .willReturn(okJson(TokenResponses.withRefreshToken("at-2", "rt-2", 300)).withFixedDelay(300)));
        UserSession session = publicSession();
        clock.advance(Duration.ofSeconds(300));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                tokens.add(threads.submit(() -> {
                    start.await();
                    return session.accessToken();
                }));
            }
            start.countDown();
            for (Future<String> token : tokens) {
                assertThat(token.get()).isEqualTo("at-2");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(tokenRequests()).hasSize(1);
        assertThat(stored).containsExactly("rt-2");
    }

    @Test
    void aRefusedRefreshTokenEndsTheSessionAndIsNeverSentAgain() {
        provider.stubFor(post("/v1/sso/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token penyegar sudah dipakai.\"}")));
        UserSession session = publicSession();
        clock.advance(Duration.ofSeconds(300));

        assertThatThrownBy(session::accessToken).isInstanceOf(SessionEndedException.class)
                .hasCauseInstanceOf(OAuthException.class);
        assertThatThrownBy(session::accessToken).isInstanceOf(SessionEndedException.class);

        assertThat(tokenRequests()).hasSize(1);
        assertThat(session.isEnded()).isTrue();
    }

    @Test
    void aSessionRestoredFromAStoredRefreshTokenRefreshesOnFirstUse() {
        stubRotation("rt-saved", "at-9", "rt-10");
        UserSession session = UserSession.builder()
                .client(client(ClientAuthentication.none("banyumas-layanan-desktop")))
                .refreshToken("rt-saved")
                .refreshTokenStore(tokens -> stored.add(tokens.refreshToken().orElseThrow()))
                .build();

        assertThat(session.accessToken()).isEqualTo("at-9");
        assertThat(stored).containsExactly("rt-10");
    }

    @Test
    void invalidatingTheRejectedAccessTokenMakesTheNextCallRefresh() {
        stubRotation("rt-1", "at-2", "rt-2");
        UserSession session = publicSession();

        session.invalidate("at-1");

        assertThat(session.accessToken()).isEqualTo("at-2");
    }

    @Test
    void theIdTokenOfTheSignInIsKeptWhenARefreshAnswersNone() {
        stubRotation("rt-1", "at-2", "rt-2");
        UserSession session = publicSession();
        clock.advance(Duration.ofSeconds(300));

        session.accessToken();

        assertThat(session.tokens().idToken()).contains("id-1");
    }

    @Test
    void revokingTheSessionRevokesItsRefreshTokenAndEndsIt() {
        provider.stubFor(post("/v1/sso/revoke").willReturn(aResponse().withStatus(200)));
        UserSession session = publicSession();

        session.revoke();

        String body = provider.findAll(postRequestedFor(urlEqualTo("/v1/sso/revoke"))).get(0).getBodyAsString();
        assertThat(FormBodies.parse(body))
                .containsEntry("token", "rt-1")
                .containsEntry("token_type_hint", "refresh_token")
                .containsEntry("client_id", "banyumas-layanan-desktop");
        assertThatThrownBy(session::accessToken).isInstanceOf(SessionEndedException.class);
    }
}
