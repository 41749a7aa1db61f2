package id.mpp.sdk.snippets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.sso.IdTokenValidator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The MPP Digital OpenID provider of one deployment, faked on WireMock: discovery, JWKS, an authorization endpoint
 * that signs the user in at once, and a token endpoint.
 */
final class FakeProvider {

    /** The subject of the citizen who signs in. */
    static final String SUBJECT = "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2";

    private static final RSAKey SIGNING_KEY = newKey();

    private final WireMockExtension server;
    final String issuer;

    FakeProvider(WireMockExtension server) {
        this.server = server;
        this.issuer = server.baseUrl();
    }

    /** Publishes the discovery document and the signing key. */
    FakeProvider started() {
        server.stubFor(get("/.well-known/openid-configuration").willReturn(okJson("{"
                + "\"issuer\":\"" + issuer + "\","
                + "\"authorization_endpoint\":\"" + issuer + "/v1/sso/authorize\","
                + "\"token_endpoint\":\"" + tokenEndpoint() + "\","
                + "\"userinfo_endpoint\":\"" + issuer + "/v1/sso/userinfo\","
                + "\"jwks_uri\":\"" + issuer + "/v1/sso/jwks\","
                + "\"revocation_endpoint\":\"" + issuer + "/v1/sso/revoke\","
                + "\"scopes_supported\":[\"openid\",\"profile\",\"offline_access\",\"account\",\"officer\","
                + "\"agency.events\"],"
                + "\"response_types_supported\":[\"code\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\",\"client_secret_basic\",\"none\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"authorization_response_iss_parameter_supported\":true}")));
        server.stubFor(get("/v1/sso/jwks").willReturn(okJson(new JWKSet(SIGNING_KEY.toPublicJWK()).toString())));
        return this;
    }

    /** The token endpoint's URL. */
    String tokenEndpoint() {
        return issuer + "/v1/sso/token";
    }

    /** Signs the user in at once: redirects the browser back with a code, the request's state and the issuer. */
    void signsInAtOnce() {
        server.stubFor(get(urlPathEqualTo("/v1/sso/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=ZIjvO8IfOk8p&state={{request.query.state}}"
                        + "&iss=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8))
                .withTransformers("response-template")));
    }

    /** Answers the code of the authorization request at {@code authorizationUrl} with these tokens and an ID token. */
    void redeemsTheCodeOf(URI authorizationUrl, String clientId, String accessToken, String refreshToken) {
        String nonce = query(authorizationUrl).get("nonce");
        server.stubFor(post(urlPathEqualTo("/v1/sso/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson(tokens(accessToken, refreshToken,
                        ",\"id_token\":\"" + idToken(clientId, nonce, accessToken) + "\""))));
    }

    /** Answers a refresh with {@code oldRefreshToken} with a new access token and a rotated refresh token. */
    void refreshes(String oldRefreshToken, String accessToken, String newRefreshToken) {
        server.stubFor(post(urlPathEqualTo("/v1/sso/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + oldRefreshToken))
                .willReturn(okJson(tokens(accessToken, newRefreshToken, ""))));
    }

    /** Answers the client credentials grant with {@code accessToken}. */
    void issuesClientCredentialsTokens(String accessToken) {
        server.stubFor(post(urlPathEqualTo("/v1/sso/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":300,\"scope\":\"officer agency.events\"}")));
    }

    /** The form or query parameters of a URL-encoded string. */
    static Map<String, String> form(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** The query parameters of {@code url}. */
    static Map<String, String> query(URI url) {
        return form(url.getRawQuery());
    }

    private static String tokens(String accessToken, String refreshToken, String moreMembers) {
        return "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"refresh_token\":\"" + refreshToken + "\",\"scope\":\"openid profile offline_access account\""
                + moreMembers + "}";
    }

    private String idToken(String clientId, String nonce, String accessToken) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(SUBJECT)
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("auth_time", now.getEpochSecond())
                .claim("nonce", nonce)
                .claim("acr", "urn:mpp:acr:nik")
                .claim("at_hash", IdTokenValidator.accessTokenHash(accessToken, JWSAlgorithm.RS256))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING_KEY.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(SIGNING_KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("mpp-sso-2026-11").keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
