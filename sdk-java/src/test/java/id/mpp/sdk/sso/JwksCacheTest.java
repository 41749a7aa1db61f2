package id.mpp.sdk.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import id.mpp.sdk.auth.MutableClock;
import id.mpp.sdk.sso.IdTokenException.Reason;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JwksCacheTest {

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private TestProvider provider;
    private JwksCache jwks;
    private IdTokenValidator validator;

    @BeforeEach
    void provider() {
        provider = new TestProvider(server, clock);
        jwks = JwksCache.builder().jwksUri(URI.create(server.baseUrl() + "/v1/sso/jwks")).clock(clock).build();
        validator = IdTokenValidator.builder()
                .issuer(provider.issuer).clientId(TestProvider.CLIENT_ID).jwks(jwks).clock(clock).build();
    }

    private void assertJwksFetches(int count) {
        server.verify(count, getRequestedFor(urlEqualTo("/v1/sso/jwks")));
    }

    @Test
    void aTokenSignedWithAKeyPublishedAfterTheLastFetchIsAcceptedAfterOneRefetch() {
        provider.stubJwks(TestKeys.CURRENT);
        validator.validate(provider.idToken(TestKeys.CURRENT, claims -> { }), IdTokenRequirements.none());

        provider.stubJwks(TestKeys.CURRENT, TestKeys.NEXT);
        IdToken rotated = validator.validate(provider.idToken(TestKeys.NEXT, claims -> { }), IdTokenRequirements.none());

        assertThat(rotated.subject()).isEqualTo(TestProvider.SUBJECT);
        assertJwksFetches(2);
    }

    @Test
    void unknownKeyIdsCauseAtMostOneRefetchPerMinute() {
        provider.stubJwks(TestKeys.CURRENT);
        jwks.find(TestKeys.CURRENT.getKeyID(), JWSAlgorithm.RS256);

        assertThat(jwks.find("forged-1", JWSAlgorithm.RS256)).isEmpty();
        assertThat(jwks.find("forged-2", JWSAlgorithm.RS256)).isEmpty();
        assertJwksFetches(2);

        clock.advance(Duration.ofMinutes(1));
        assertThat(jwks.find("forged-3", JWSAlgorithm.RS256)).isEmpty();
        assertJwksFetches(3);
    }

    @Test
    void aKeyRemovedFromTheSetStopsVerifyingOnceTheSetIsFetchedAgainAfterItsMaxAge() {
        provider.stubJwks(TestKeys.CURRENT, TestKeys.NEXT);
        String signedWithNext = provider.idToken(TestKeys.NEXT, claims -> claims
                .expirationTime(java.util.Date.from(clock.instant().plus(Duration.ofHours(3)))));
        validator.validate(signedWithNext, IdTokenRequirements.none());

        provider.stubJwks(TestKeys.CURRENT);
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> validator.validate(signedWithNext, IdTokenRequirements.none()))
                .isInstanceOfSatisfying(IdTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
    }

    @Test
    void aKeyWhoseTypeDoesNotFitTheAlgorithmIsNotSelected() {
        provider.stubJwks(TestKeys.CURRENT, TestKeys.EC);

        assertThat(jwks.find(TestKeys.CURRENT.getKeyID(), JWSAlgorithm.ES256)).isEmpty();
        assertThat(jwks.find(TestKeys.EC.getKeyID(), JWSAlgorithm.ES256)).isPresent();
    }

    @Test
    void privateKeyMembersPublishedByMistakeAreDropped() {
        server.stubFor(get("/v1/sso/jwks").willReturn(okJson(new JWKSet(TestKeys.CURRENT).toString(false))));

        assertThat(jwks.find(TestKeys.CURRENT.getKeyID(), JWSAlgorithm.RS256)).hasValueSatisfying(key ->
                assertThat(key.isPrivate()).isFalse());
    }
}
