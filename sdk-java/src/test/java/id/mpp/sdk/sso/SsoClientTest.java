package id.mpp.sdk.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import id.mpp.sdk.auth.FormBodies;
import id.mpp.sdk.auth.MutableClock;
import id.mpp.sdk.auth.OAuthException;
import id.mpp.sdk.auth.TokenSet;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SsoClientTest {

    private static final URI REDIRECT = URI.create("https://layanan.banyumaskab.go.id/auth/callback");
    private static final String ACCESS_TOKEN = "at-citizen-1";

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private TestProvider provider;
    private SsoClient sso;

    @BeforeEach
    void provider() {
        provider = new TestProvider(server, clock);
        provider.stubDiscovery();
        provider.stubJwks(TestKeys.CURRENT);
        sso = provider.publicClient();
    }

    private AuthorizationRequest request() {
        return sso.authorizationRequest(r -> r.redirectUri(REDIRECT).scopes("openid", "profile", "offline_access"));
    }

    private void stubTokenEndpoint(String nonce) {
        String idToken = provider.idToken(claims -> claims.claim("nonce", nonce)
                .claim("at_hash", IdTokenValidator.accessTokenHash(ACCESS_TOKEN, JWSAlgorithm.RS256)));
        server.stubFor(post("/v1/sso/token").willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\","
                + "\"token_type\":\"Bearer\",\"expires_in\":300,\"refresh_token\":\"rt-1\",\"id_token\":\"" + idToken
                + "\",\"scope\":\"openid profile offline_access\"}")));
    }

    private URI callback(AuthorizationRequest request) {
        return URI.create(REDIRECT + "?code=ZIjvO8IfOk8p&state=" + request.state()
                + "&iss=" + URLEncoder.encode(provider.issuer, StandardCharsets.UTF_8));
    }

    @Test
    void theAuthorizationRequestGoesToTheDiscoveredEndpointForThisClient() {
        AuthorizationRequest request = request();

        assertThat(request.uri().toString()).startsWith(server.baseUrl() + "/v1/sso/authorize?");
        assertThat(FormBodies.parse(request.uri().getRawQuery())).containsEntry("client_id", TestProvider.CLIENT_ID);
    }

    @Test
    void completingASignInExchangesTheCodeWithTheVerifierAndRedirectUri() {
        AuthorizationRequest request = request();
        stubTokenEndpoint(request.nonce());

        SignIn signIn = sso.completeSignIn(request, callback(request));

        assertThat(signIn.tokens().accessToken()).isEqualTo(ACCESS_TOKEN);
        assertThat(signIn.idToken().subject()).isEqualTo(TestProvider.SUBJECT);
        Map<String, String> form = FormBodies.parse(
                server.findAll(postRequestedFor(urlEqualTo("/v1/sso/token"))).get(0).getBodyAsString());
        assertThat(form)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "ZIjvO8IfOk8p")
                .containsEntry("redirect_uri", REDIRECT.toString())
                .containsEntry("code_verifier", request.pkce().verifier())
                .containsEntry("client_id", TestProvider.CLIENT_ID);
    }

    @Test
    void aSignInWhoseIdTokenCarriesAnotherNonceIsRefused() {
        AuthorizationRequest request = request();
        stubTokenEndpoint("nonce-of-another-login");

        assertThatThrownBy(() -> sso.completeSignIn(request, callback(request)))
                .isInstanceOfSatisfying(IdTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(IdTokenException.Reason.NONCE));
    }

    @Test
    void aCallbackWithAForeignStateIsRefusedBeforeAnyCodeIsExchanged() {
        AuthorizationRequest request = request();
        URI forged = URI.create(REDIRECT + "?code=stolen&state=forged&iss="
                + URLEncoder.encode(provider.issuer, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> sso.completeSignIn(request, forged)).isInstanceOf(InvalidAuthorizationResponseException.class);
        server.verify(0, postRequestedFor(urlEqualTo("/v1/sso/token")));
    }

    @Test
    void aRefusedCodeIsAnOAuthExceptionWithInvalidGrant() {
        AuthorizationRequest request = request();
        server.stubFor(post("/v1/sso/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Kode otorisasi sudah dipakai.\"}")));

        assertThatThrownBy(() -> sso.completeSignIn(request, callback(request)))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.isInvalidGrant()).isTrue();
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void aSessionFromASignInHandsTheFirstRefreshTokenToTheStore() {
        AuthorizationRequest request = request();
        stubTokenEndpoint(request.nonce());
        List<String> stored = new ArrayList<>();

        UserSession session = sso.session(sso.completeSignIn(request, callback(request)).tokens(),
                tokens -> stored.add(tokens.refreshToken().orElseThrow()));

        assertThat(stored).containsExactly("rt-1");
        assertThat(session.accessToken()).isEqualTo(ACCESS_TOKEN);
    }

    @Test
    void userInfoSendsTheAccessTokenAsBearerAndReadsTheClaims() {
        server.stubFor(get("/v1/sso/userinfo").willReturn(okJson("{\"sub\":\"" + TestProvider.SUBJECT + "\","
                + "\"name\":\"Siti Rahmawati\",\"email\":\"siti.rahmawati@contoh.id\",\"email_verified\":true,"
                + "\"nik\":\"3302016708950003\",\"a_future_claim\":[1]}")));

        UserInfo info = sso.userInfo(ACCESS_TOKEN, TestProvider.SUBJECT);

        server.verify(getRequestedFor(urlEqualTo("/v1/sso/userinfo"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
        assertThat(info.name()).contains("Siti Rahmawati");
        assertThat(info.emailVerified()).contains(true);
        assertThat(info.nik()).contains("3302016708950003");
        assertThat(info.phoneNumber()).isEmpty();
        assertThat(info.toString()).doesNotContain("3302016708950003");
    }

    @Test
    void userInfoAboutAnotherSubjectIsRefused() {
        server.stubFor(get("/v1/sso/userinfo").willReturn(okJson("{\"sub\":\"usr_someone_else\"}")));

        assertThatThrownBy(() -> sso.userInfo(ACCESS_TOKEN, TestProvider.SUBJECT))
                .isInstanceOf(MppException.class)
                .hasMessageContaining("usr_someone_else");
    }

    @Test
    void aRejectedAccessTokenAtUserInfoIsAnOAuthExceptionWithTheBearerError() {
        server.stubFor(get("/v1/sso/userinfo").willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer realm=\"mpp-digital\", error=\"invalid_token\", "
                        + "error_description=\"Token kedaluwarsa.\"")));

        assertThatThrownBy(() -> sso.userInfo(ACCESS_TOKEN))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_token");
                    assertThat(e.errorDescription()).isEqualTo("Token kedaluwarsa.");
                });
    }

    @Test
    void revokePostsToTheDiscoveredRevocationEndpoint() {
        server.stubFor(post("/v1/sso/revoke").willReturn(aResponse().withStatus(200)));

        sso.revoke("rt-1", "refresh_token");

        assertThat(FormBodies.parse(server.findAll(postRequestedFor(urlEqualTo("/v1/sso/revoke"))).get(0).getBodyAsString()))
                .containsEntry("token", "rt-1")
                .containsEntry("client_id", TestProvider.CLIENT_ID);
    }

    @Test
    void theLogoutUrlCarriesTheHintTheRedirectTheStateAndTheClient() {
        URI logout = sso.logoutUri(l -> l.idTokenHint("eyJ.id.token")
                .postLogoutRedirectUri(URI.create("https://layanan.banyumaskab.go.id/keluar"))
                .state("s-1"));

        assertThat(logout.toString()).startsWith(server.baseUrl() + "/v1/sso/logout?");
        assertThat(FormBodies.parse(logout.getRawQuery()))
                .containsEntry("id_token_hint", "eyJ.id.token")
                .containsEntry("post_logout_redirect_uri", "https://layanan.banyumaskab.go.id/keluar")
                .containsEntry("state", "s-1")
                .containsEntry("client_id", TestProvider.CLIENT_ID);
    }

    @Test
    void aRestoredSessionRefreshesWithTheStoredToken() {
        server.stubFor(post("/v1/sso/token").willReturn(okJson("{\"access_token\":\"at-2\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"refresh_token\":\"rt-3\",\"scope\":\"openid\"}")));
        List<TokenSet> stored = new ArrayList<>();

        UserSession session = sso.restoreSession("rt-2", stored::add);

        assertThat(session.accessToken()).isEqualTo("at-2");
        assertThat(stored).extracting(tokens -> tokens.refreshToken().orElseThrow()).containsExactly("rt-3");
    }
}
