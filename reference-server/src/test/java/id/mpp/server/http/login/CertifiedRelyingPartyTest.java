package id.mpp.server.http.login;

import static id.mpp.server.http.login.LoginFixture.DEWI_EMAIL;
import static id.mpp.server.http.login.LoginFixture.DEWI_PASSWORD;
import static id.mpp.server.http.login.LoginFixture.DEWI_SUB;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The acceptance item "a standard, certified OpenID Connect relying-party library works against the server
 * with no special casing": the Connect2id Nimbus OAuth 2.0 SDK with OpenID Connect extensions (an OpenID Certified
 * RP library), used only through its documented API, the way a newcomer would.
 *
 * <p>Read it as a walkthrough: discovery, an authorization request with PKCE, the response, the code exchange, ID
 * token validation, UserInfo, refresh, revocation and RP-initiated logout. The test plays the browser only for the
 * human part (the login form and the consent page); everything a relying party does is the library's.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertifiedRelyingPartyTest implements TestPropertyProvider {
    private static final URI WEB_CALLBACK = URI.create(LoginFixture.WEB_REDIRECT);
    private static final URI WEB_POST_LOGOUT = URI.create("http://localhost:3000/");
    private static final URI CLI_CALLBACK = URI.create(LoginFixture.CLI_REDIRECT);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return LoginFixture.properties();
    }

    /** OpenID Connect Discovery 1.0 §4: the library fetches and checks the provider's metadata from the issuer. */
    private OIDCProviderMetadata discover() throws Exception {
        Issuer issuer = new Issuer("http://localhost:" + server.getPort());
        OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer);
        assertThat(metadata.getIssuer()).isEqualTo(issuer);
        return metadata;
    }

    /**
     * The human part, as a browser: open the authorization URL, sign in on the login form if it is shown, allow on
     * the consent page if it is shown, and return where the provider finally redirects the browser.
     */
    private URI playBrowser(Browser browser, URI authorizationUrl) {
        HttpResponse<String> page = browser.get(authorizationUrl.toString());
        if (page.statusCode() == 200 && Browser.formAction(page.body()).equals("/v1/sso/login")) {
            page = browser.submit(page, "username", DEWI_EMAIL, "password", DEWI_PASSWORD);
        }
        if (page.statusCode() == 200 && Browser.formAction(page.body()).equals("/v1/sso/consent")) {
            page = browser.submit(page, "decision", "allow");
        }
        assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
        return URI.create(page.headers().firstValue("Location").orElseThrow());
    }

    /** OpenID Connect Core 1.0 §3.1.2.5 and RFC 9207: parse the redirect, check state and the issuer; the code. */
    private static AuthorizationCode code(URI redirect, State state, OIDCProviderMetadata metadata) throws Exception {
        AuthenticationResponse response = AuthenticationResponseParser.parse(redirect);
        assertThat(response.indicatesSuccess()).as(redirect.toString()).isTrue();
        AuthorizationSuccessResponse success = response.toSuccessResponse();
        assertThat(success.getState()).as("the state the RP sent (CSRF protection)").isEqualTo(state);
        assertThat(metadata.supportsAuthorizationResponseIssuerParam()).isTrue();
        assertThat(success.getIssuer()).as("RFC 9207 iss, mix-up protection").isEqualTo(metadata.getIssuer());
        return success.getAuthorizationCode();
    }

    /** RFC 6749 §5: send a token request and parse the answer as an OpenID Connect token response. */
    private static TokenResponse send(TokenRequest request) throws Exception {
        return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
    }

    /** OpenID Connect Core 1.0 §3.1.3.7: signature (RS256, key from jwks_uri), iss, aud, exp, iat and the nonce. */
    private static IDTokenClaimsSet validate(OIDCProviderMetadata metadata, ClientID clientId, OIDCTokens tokens,
            Nonce nonce) throws Exception {
        IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), clientId, JWSAlgorithm.RS256,
                metadata.getJWKSetURI().toURL());
        IDTokenClaimsSet claims = validator.validate(tokens.getIDToken(), nonce);
        // §3.1.3.8: at_hash binds the access token to the ID token.
        AccessTokenValidator.validate(tokens.getAccessToken(), JWSAlgorithm.RS256, claims.getAccessTokenHash());
        return claims;
    }

    @Test
    @DisplayName("SSO-001, SSO-013, SSO-034, SSO-061, SSO-040, SSO-041, SSO-070, SSO-090, SSO-091: a certified OpenID Connect RP library, as a confidential client (client_secret_basic), signs in with PKCE, validates the ID token, reads UserInfo, refreshes, revokes and logs out with no special casing")
    void confidentialClientWalkthrough() throws Exception {
        // 1. Discovery (OpenID Connect Discovery 1.0 §4): every endpoint comes from the metadata, none is hard-coded.
        OIDCProviderMetadata metadata = discover();
        ClientID clientId = new ClientID("demo-web");
        ClientAuthentication clientAuth = new ClientSecretBasic(clientId, new Secret("demo-web-secret-not-for-production"));

        // 2. Authorization request (OpenID Connect Core 1.0 §3.1.2.1) with PKCE S256 (RFC 7636 §4.1-4.3), a fresh
        //    state and nonce.
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile", "email", "offline_access"), clientId, WEB_CALLBACK)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();

        // 3. The user signs in and consents in the browser; the provider redirects back to the callback.
        Browser browser = new Browser(server.getURI());
        URI callback = playBrowser(browser, request.toURI());

        // 4. Authorization response (§3.1.2.5, RFC 9207 §2.4): state and iss checked, the code taken.
        AuthorizationCode code = code(callback, state, metadata);

        // 5. Token request (§3.1.3.1) with client_secret_basic (RFC 6749 §2.3.1) and the PKCE verifier.
        TokenResponse tokenResponse = send(new TokenRequest(metadata.getTokenEndpointURI(), clientAuth,
                new AuthorizationCodeGrant(code, WEB_CALLBACK, verifier)));
        assertThat(tokenResponse.indicatesSuccess()).as(String.valueOf(tokenResponse)).isTrue();
        OIDCTokens tokens = ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens();
        assertThat(tokens.getRefreshToken()).as("offline_access was granted").isNotNull();

        // 6. ID token validation (§3.1.3.7), with the nonce of step 2 and at_hash (§3.1.3.8).
        IDTokenClaimsSet idToken = validate(metadata, clientId, tokens, nonce);
        assertThat(idToken.getSubject().getValue()).isEqualTo(DEWI_SUB);
        assertThat(idToken.getAuthenticationTime()).isNotNull();
        assertThat(idToken.getACR()).isNotNull();

        // 7. UserInfo (§5.3) with the bearer access token (RFC 6750 §2.1): the same sub, the consented claims.
        UserInfo userInfo = userInfo(metadata, tokens.getBearerAccessToken());
        assertThat(userInfo.getSubject()).isEqualTo(idToken.getSubject());
        assertThat(userInfo.getEmailAddress()).isEqualTo(DEWI_EMAIL);
        assertThat(userInfo.getEmailVerified()).isTrue();
        assertThat(userInfo.getName()).isNotBlank();

        // 8. Refresh (RFC 6749 §6; OpenID Connect Core §12): new tokens and a rotated refresh token.
        RefreshToken firstRefresh = tokens.getRefreshToken();
        TokenResponse refreshed = send(new TokenRequest(metadata.getTokenEndpointURI(), clientAuth,
                new RefreshTokenGrant(firstRefresh)));
        assertThat(refreshed.indicatesSuccess()).as(String.valueOf(refreshed)).isTrue();
        Tokens rotated = refreshed.toSuccessResponse().getTokens();
        assertThat(rotated.getRefreshToken()).isNotNull().isNotEqualTo(firstRefresh);
        assertThat(rotated.getBearerAccessToken()).isNotEqualTo(tokens.getBearerAccessToken());
        assertThat(userInfo(metadata, rotated.getBearerAccessToken()).getSubject()).isEqualTo(idToken.getSubject());

        //    The refresh token that was rotated away is refused from now on (RFC 9700 §4.14.2).
        TokenResponse replay = send(new TokenRequest(metadata.getTokenEndpointURI(), clientAuth,
                new RefreshTokenGrant(firstRefresh)));
        assertThat(replay.indicatesSuccess()).isFalse();
        assertThat(replay.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());

        // 9. Revocation (RFC 7009 §2) of a new grant's refresh token: 200, then the refresh token and the access
        //    tokens of its grant are refused.
        Tokens second = signInAgain(metadata, clientId, clientAuth, browser);
        HTTPResponse revoked = new TokenRevocationRequest(metadata.getRevocationEndpointURI(), clientAuth,
                second.getRefreshToken()).toHTTPRequest().send();
        assertThat(revoked.getStatusCode()).isEqualTo(200);
        TokenResponse afterRevocation = send(new TokenRequest(metadata.getTokenEndpointURI(), clientAuth,
                new RefreshTokenGrant(second.getRefreshToken())));
        assertThat(afterRevocation.toErrorResponse().getErrorObject().getCode())
                .isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
        //    An access token revoked on its own: UserInfo answers 401 with error="invalid_token" (RFC 6750 §3.1).
        HTTPResponse accessRevoked = new TokenRevocationRequest(metadata.getRevocationEndpointURI(), clientAuth,
                rotated.getBearerAccessToken()).toHTTPRequest().send();
        assertThat(accessRevoked.getStatusCode()).isEqualTo(200);
        HTTPResponse refusedHttp = new UserInfoRequest(metadata.getUserInfoEndpointURI(),
                rotated.getBearerAccessToken()).toHTTPRequest().send();
        assertThat(refusedHttp.getStatusCode()).as("401, never a redirect to a page").isEqualTo(401);
        UserInfoResponse refused = UserInfoResponse.parse(refusedHttp);
        assertThat(refused.indicatesSuccess()).isFalse();
        assertThat(refused.toErrorResponse().getErrorObject().getCode())
                .isEqualTo(BearerTokenError.INVALID_TOKEN.getCode());

        // 10. RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2, §3): the ID token as hint, a registered
        //     post-logout redirect URI and a state; the browser comes back to that URI with the state.
        State logoutState = new State();
        JWT idTokenHint = tokens.getIDToken();
        LogoutRequest logout = new LogoutRequest(metadata.getEndSessionEndpointURI(), idTokenHint, WEB_POST_LOGOUT,
                logoutState);
        HttpResponse<String> loggedOut = browser.get(logout.toURI().toString());
        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isEqualTo(302);
        URI back = URI.create(loggedOut.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo(WEB_POST_LOGOUT.getPath());
        assertThat(Browser.query(back.toString())).containsEntry("state", logoutState.getValue());

        //     The SSO session is over: a new authorization request shows the login form again.
        AuthenticationRequest afterLogout = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid"), clientId, WEB_CALLBACK)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State()).nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                .build();
        HttpResponse<String> loginAgain = browser.get(afterLogout.toURI().toString());
        assertThat(loginAgain.statusCode()).isEqualTo(200);
        assertThat(Browser.formAction(loginAgain.body())).isEqualTo("/v1/sso/login");
    }

    @Test
    @DisplayName("SSO-012, SSO-013, SSO-034, SSO-052, SSO-040, SSO-041: a certified OpenID Connect RP library, as a public native client (client_id only, PKCE, loopback redirect), signs in, validates the ID token, reads UserInfo and refreshes")
    void publicClientWalkthrough() throws Exception {
        // 1. Discovery (OpenID Connect Discovery 1.0 §4).
        OIDCProviderMetadata metadata = discover();
        ClientID clientId = new ClientID("demo-cli");

        // 2. Authorization request (§3.1.2.1) of a native app (RFC 8252 §7.3: loopback redirect URI), PKCE S256.
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile", "offline_access"), clientId, CLI_CALLBACK)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();

        // 3. and 4. The browser part, then the response: state and iss checked, the code taken.
        AuthorizationCode code = code(playBrowser(new Browser(server.getURI()), request.toURI()), state, metadata);

        // 5. Token request of a public client (RFC 6749 §3.2.1): client_id only, the PKCE verifier proves the caller.
        TokenResponse tokenResponse = send(new TokenRequest(metadata.getTokenEndpointURI(), clientId,
                new AuthorizationCodeGrant(code, CLI_CALLBACK, verifier)));
        assertThat(tokenResponse.indicatesSuccess()).as(String.valueOf(tokenResponse)).isTrue();
        OIDCTokens tokens = ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens();

        // 6. ID token validation (§3.1.3.7) with the nonce, and at_hash (§3.1.3.8).
        IDTokenClaimsSet idToken = validate(metadata, clientId, tokens, nonce);
        assertThat(idToken.getSubject().getValue()).isEqualTo(DEWI_SUB);
        assertThat(idToken.getAudience()).extracting(Object::toString).containsExactly("demo-cli");

        // 7. UserInfo (§5.3).
        assertThat(userInfo(metadata, tokens.getBearerAccessToken()).getSubject()).isEqualTo(idToken.getSubject());

        // 8. Refresh as a public client (RFC 6749 §6): client_id only; the rotated-away token is refused after.
        TokenResponse refreshed = send(new TokenRequest(metadata.getTokenEndpointURI(), clientId,
                new RefreshTokenGrant(tokens.getRefreshToken())));
        assertThat(refreshed.indicatesSuccess()).as(String.valueOf(refreshed)).isTrue();
        assertThat(refreshed.toSuccessResponse().getTokens().getRefreshToken()).isNotEqualTo(tokens.getRefreshToken());
        TokenResponse replay = send(new TokenRequest(metadata.getTokenEndpointURI(), clientId,
                new RefreshTokenGrant(tokens.getRefreshToken())));
        assertThat(replay.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());

        // 9. Revocation by a public client (RFC 7009 §2.1): client_id only.
        HTTPResponse revoked = new TokenRevocationRequest(metadata.getRevocationEndpointURI(), clientId,
                refreshed.toSuccessResponse().getTokens().getRefreshToken()).toHTTPRequest().send();
        assertThat(revoked.getStatusCode()).isEqualTo(200);
    }

    /** OpenID Connect Core 1.0 §5.3: the UserInfo request with the bearer token, and its parsed claims. */
    private static UserInfo userInfo(OIDCProviderMetadata metadata, BearerAccessToken accessToken) throws Exception {
        UserInfoResponse response = UserInfoResponse.parse(new UserInfoRequest(metadata.getUserInfoEndpointURI(),
                accessToken).toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
        return response.toSuccessResponse().getUserInfo();
    }

    /** A second sign-in of the same browser (single sign-on: no login form), exchanged for a new grant's tokens. */
    private Tokens signInAgain(OIDCProviderMetadata metadata, ClientID clientId, ClientAuthentication clientAuth,
            Browser browser) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "offline_access"), clientId, WEB_CALLBACK)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state).nonce(new Nonce())
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        AuthorizationCode code = code(playBrowser(browser, request.toURI()), state, metadata);
        TokenResponse response = send(new TokenRequest(metadata.getTokenEndpointURI(), clientAuth,
                new AuthorizationCodeGrant(code, WEB_CALLBACK, verifier)));
        assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
        return response.toSuccessResponse().getTokens();
    }
}
