package id.mpp.sdk.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.MutableClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A fake MPP Digital OpenID provider on WireMock: discovery, JWKS, and ID tokens minted with test keys. */
final class TestProvider {

    static final String CLIENT_ID = "banyumas-layanan-desktop";
    static final String SUBJECT = "usr_01JD7ZK4Q9W2E3R5T6Y8V0H1N2";
    static final String NONCE = "n-0S6_WzA2Mj";

    private final WireMockExtension server;
    private final MutableClock clock;
    final String issuer;

    TestProvider(WireMockExtension server, MutableClock clock) {
        this.server = server;
        this.clock = clock;
        this.issuer = server.baseUrl();
    }

    /** Publishes the discovery document with every endpoint under the issuer. */
    void stubDiscovery() {
        stubDiscovery(issuer);
    }

    /** Publishes a discovery document that states {@code statedIssuer}. */
    void stubDiscovery(String statedIssuer) {
        String base = server.baseUrl();
        server.stubFor(get("/.well-known/openid-configuration").willReturn(okJson("{"
                + "\"issuer\":\"" + statedIssuer + "\","
                + "\"authorization_endpoint\":\"" + base + "/v1/sso/authorize\","
                + "\"token_endpoint\":\"" + base + "/v1/sso/token\","
                + "\"userinfo_endpoint\":\"" + base + "/v1/sso/userinfo\","
                + "\"jwks_uri\":\"" + base + "/v1/sso/jwks\","
                + "\"revocation_endpoint\":\"" + base + "/v1/sso/revoke\","
                + "\"end_session_endpoint\":\"" + base + "/v1/sso/logout\","
                + "\"scopes_supported\":[\"openid\",\"profile\",\"email\",\"nik\",\"offline_access\",\"documents.read\"],"
                + "\"response_types_supported\":[\"code\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\",\"client_secret_basic\",\"none\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"authorization_response_iss_parameter_supported\":true,"
                + "\"a_member_of_a_newer_version\":{\"nested\":[1,2]}"
                + "}")));
    }

    /** Publishes the public parts of {@code keys} as the JWK Set. */
    void stubJwks(JWK... keys) {
        List<JWK> published = Arrays.stream(keys).map(JWK::toPublicJWK).collect(Collectors.toList());
        server.stubFor(get("/v1/sso/jwks").willReturn(okJson(new JWKSet(published).toString())));
    }

    /** The claims of a valid ID token for {@link #CLIENT_ID}, issued now. */
    JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(SUBJECT)
                .audience(CLIENT_ID)
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(5))))
                .claim("auth_time", clock.instant().minusSeconds(60).getEpochSecond())
                .claim("nonce", NONCE)
                .claim("acr", "urn:mpp:acr:nik")
                .claim("sid", "ses_01JD8S0Q4R3T2V1W0X9Y8Z7A6B");
    }

    /** A valid ID token signed with the current key, changed by {@code changes}. */
    String idToken(Consumer<JWTClaimsSet.Builder> changes) {
        return idToken(TestKeys.CURRENT, changes);
    }

    /** An ID token signed with {@code key} (RS256 or ES256 as the key's type says), changed by {@code changes}. */
    String idToken(JWK key, Consumer<JWTClaimsSet.Builder> changes) {
        JWTClaimsSet.Builder claims = claims();
        changes.accept(claims);
        try {
            if (key instanceof ECKey) {
                SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.ES256, key.getKeyID()), claims.build());
                jwt.sign(new ECDSASigner((ECKey) key));
                return jwt.serialize();
            }
            SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256, key.getKeyID()), claims.build());
            jwt.sign(new RSASSASigner((RSAKey) key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSHeader header(JWSAlgorithm algorithm, String kid) {
        return new JWSHeader.Builder(algorithm).keyID(kid).type(JOSEObjectType.JWT).build();
    }

    /** An SSO client of the public test client against this provider. */
    SsoClient publicClient() {
        return SsoClient.builder()
                .issuer(issuer)
                .clientAuthentication(ClientAuthentication.none(CLIENT_ID))
                .clock(clock)
                .build();
    }
}
