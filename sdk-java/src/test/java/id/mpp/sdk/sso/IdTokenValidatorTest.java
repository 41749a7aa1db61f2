package id.mpp.sdk.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.auth.MutableClock;
import id.mpp.sdk.sso.IdTokenException.Reason;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdTokenValidatorTest {

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private TestProvider provider;
    private IdTokenValidator validator;

    @BeforeEach
    void provider() {
        provider = new TestProvider(server, clock);
        provider.stubJwks(TestKeys.CURRENT, TestKeys.EC);
        JwksCache jwks = JwksCache.builder().jwksUri(URI.create(server.baseUrl() + "/v1/sso/jwks")).clock(clock).build();
        validator = IdTokenValidator.builder()
                .issuer(provider.issuer).clientId(TestProvider.CLIENT_ID).jwks(jwks).clock(clock).build();
    }

    private IdTokenRequirements withNonce() {
        return IdTokenRequirements.builder().nonce(TestProvider.NONCE).build();
    }

    private void assertRejected(String idToken, Reason reason) {
        assertRejected(idToken, withNonce(), reason);
    }

    private void assertRejected(String idToken, IdTokenRequirements requirements, Reason reason) {
        assertThatThrownBy(() -> validator.validate(idToken, requirements))
                .isInstanceOfSatisfying(IdTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void aValidTokenIsAcceptedAndItsClaimsAreRead() {
        IdToken token = validator.validate(provider.idToken(claims -> { }), withNonce());

        assertThat(token.subject()).isEqualTo(TestProvider.SUBJECT);
        assertThat(token.acr()).contains("urn:mpp:acr:nik");
        assertThat(token.sessionId()).contains("ses_01JD8S0Q4R3T2V1W0X9Y8Z7A6B");
        assertThat(token.authTime()).contains(clock.instant().minusSeconds(60));
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(300));
    }

    @Test
    void anEs256TokenIsAccepted() {
        IdToken token = validator.validate(provider.idToken(TestKeys.EC, claims -> { }), withNonce());

        assertThat(token.subject()).isEqualTo(TestProvider.SUBJECT);
    }

    @Test
    void aTokenOfAnotherIssuerIsRejected() {
        assertRejected(provider.idToken(claims -> claims.issuer(provider.issuer + "/")), Reason.ISSUER);
    }

    @Test
    void aTokenForAnotherClientIsRejected() {
        assertRejected(provider.idToken(claims -> claims.audience("banyumas-layanan-web")), Reason.AUDIENCE);
    }

    @Test
    void aTokenForSeveralClientsWithoutAzpIsRejected() {
        assertRejected(provider.idToken(claims -> claims.audience(List.of(TestProvider.CLIENT_ID, "other"))),
                Reason.AUDIENCE);
    }

    @Test
    void aTokenForSeveralClientsWhoseAzpIsThisClientIsAccepted() {
        String idToken = provider.idToken(claims -> claims.audience(List.of(TestProvider.CLIENT_ID, "other"))
                .claim("azp", TestProvider.CLIENT_ID));

        assertThat(validator.validate(idToken, withNonce()).audience()).contains(TestProvider.CLIENT_ID);
    }

    @Test
    void aTokenWithAnotherNonceIsRejected() {
        assertRejected(provider.idToken(claims -> claims.claim("nonce", "replayed-nonce")), Reason.NONCE);
    }

    @Test
    void aTokenWithoutNonceIsRejectedWhenOneWasSent() {
        assertRejected(provider.idToken(claims -> claims.claim("nonce", null)), Reason.NONCE);
    }

    @Test
    void anExpiredTokenIsRejectedOnceTheClockSkewHasPassed() {
        String idToken = provider.idToken(claims -> { });

        clock.advance(Duration.ofMinutes(5).plusSeconds(59));
        assertThat(validator.validate(idToken, withNonce())).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertRejected(idToken, Reason.EXPIRED);
    }

    @Test
    void aTokenIssuedInTheFutureIsRejected() {
        assertRejected(provider.idToken(claims -> claims
                .issueTime(java.util.Date.from(clock.instant().plusSeconds(120)))
                .expirationTime(java.util.Date.from(clock.instant().plusSeconds(420)))), Reason.ISSUED_IN_FUTURE);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRejected() {
        String unsigned = new PlainJWT(new PlainHeader(), provider.claims().build()).serialize();

        assertRejected(unsigned, Reason.ALGORITHM);
    }

    @Test
    void anHs256TokenMacedWithThePublicKeyIsRejected() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestKeys.CURRENT.getKeyID()).build(),
                provider.claims().build());
        forged.sign(new MACSigner(TestKeys.CURRENT.toPublicJWK().toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertRejected(forged.serialize(), Reason.ALGORITHM);
    }

    @Test
    void aTokenSignedWithAKeyNotInTheJwksIsRejected() {
        assertRejected(provider.idToken(TestKeys.ATTACKER, claims -> { }), Reason.UNKNOWN_KEY);
    }

    @Test
    void aTokenSignedByAnotherKeyUnderAPublishedKidIsRejected() {
        String forged = provider.idToken(TestKeys.ATTACKER, claims -> { });
        String[] parts = forged.split("\\.");
        String header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestKeys.CURRENT.getKeyID()).build()
                .toBase64URL().toString();

        assertRejected(header + "." + parts[1] + "." + parts[2], Reason.SIGNATURE);
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRejected() {
        String[] parts = provider.idToken(claims -> { }).split("\\.");
        String changed = Base64URL.encode(provider.claims().subject("usr_someone_else").build().toString()).toString();

        assertRejected(parts[0] + "." + changed + "." + parts[2], Reason.SIGNATURE);
    }

    @Test
    void theAtHashOfTheAccessTokenIsAccepted() {
        String accessToken = "eyJhbGciOiJSUzI1NiJ9.access.token";
        String idToken = provider.idToken(claims -> claims
                .claim("at_hash", IdTokenValidator.accessTokenHash(accessToken, JWSAlgorithm.RS256)));

        assertThat(validator.validate(idToken, r -> r.nonce(TestProvider.NONCE).accessToken(accessToken))).isNotNull();
    }

    @Test
    void anAtHashOfAnotherAccessTokenIsRejected() {
        String idToken = provider.idToken(claims -> claims
                .claim("at_hash", IdTokenValidator.accessTokenHash("another-access-token", JWSAlgorithm.RS256)));

        assertRejected(idToken, IdTokenRequirements.of(r -> r.nonce(TestProvider.NONCE).accessToken("the-access-token")),
                Reason.AT_HASH);
    }

    @Test
    void theAtHashIsTheLeftHalfOfTheSha256OfTheAccessToken() {
        // The access token and at_hash of the examples of OpenID Connect Core 1.0, Appendix A.
        assertThat(IdTokenValidator.accessTokenHash("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y", JWSAlgorithm.RS256))
                .isEqualTo("77QmUPtjPfzWtF2AnpK9RQ");
    }

    @Test
    void anAccessTokenPresentedAsIdTokenIsRejected() throws Exception {
        SignedJWT accessToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestKeys.CURRENT.getKeyID())
                .type(new com.nimbusds.jose.JOSEObjectType("at+jwt")).build(), provider.claims().build());
        accessToken.sign(new com.nimbusds.jose.crypto.RSASSASigner(TestKeys.CURRENT));

        assertRejected(accessToken.serialize(), Reason.MALFORMED);
    }

    @Test
    void aLoginOlderThanTheRequestedMaxAgeIsRejected() {
        String idToken = provider.idToken(claims -> claims.claim("auth_time", clock.instant().minusSeconds(1000).getEpochSecond()));

        assertRejected(idToken, IdTokenRequirements.of(r -> r.nonce(TestProvider.NONCE).maxAge(Duration.ofSeconds(900))),
                Reason.AUTH_TIME);
    }

    @Test
    void anotherSubjectThanTheExpectedOneIsRejected() {
        assertRejected(provider.idToken(claims -> { }), IdTokenRequirements.of(r -> r.subject("usr_other")), Reason.SUBJECT);
    }

    @Test
    void theJwksIsFetchedOnceForManyTokens() {
        validator.validate(provider.idToken(claims -> { }), withNonce());
        validator.validate(provider.idToken(claims -> { }), withNonce());

        server.verify(1, getRequestedFor(urlEqualTo("/v1/sso/jwks")));
    }

    @Test
    void anHmacAlgorithmCannotBeAllowed() {
        assertThatThrownBy(() -> IdTokenValidator.builder().algorithms(JWSAlgorithm.HS256))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rs256IsRejectedWhenOnlyEs256IsAllowed() {
        JwksCache jwks = JwksCache.builder().jwksUri(URI.create(server.baseUrl() + "/v1/sso/jwks")).clock(clock).build();
        IdTokenValidator es256Only = IdTokenValidator.builder().issuer(provider.issuer).clientId(TestProvider.CLIENT_ID)
                .jwks(jwks).clock(clock).algorithms(JWSAlgorithm.ES256).build();

        assertThatThrownBy(() -> es256Only.validate(provider.idToken(claims -> { }), IdTokenRequirements.none()))
                .isInstanceOfSatisfying(IdTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALGORITHM));
    }

    @Test
    void toStringShowsTheSubjectButNotTheToken() {
        IdToken token = validator.validate(provider.idToken(claims -> { }), withNonce());

        assertThat(token.toString()).doesNotContain(token.raw()).contains(TestProvider.SUBJECT);
    }
}
