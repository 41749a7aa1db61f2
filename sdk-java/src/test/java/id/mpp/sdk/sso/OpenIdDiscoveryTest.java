package id.mpp.sdk.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.auth.MutableClock;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenIdDiscoveryTest {

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().http2PlainDisabled(true))
            .build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private TestProvider provider;

    @BeforeEach
    void provider() {
        provider = new TestProvider(server, clock);
    }

    private OpenIdDiscovery discovery(String issuer) {
        return OpenIdDiscovery.builder().issuer(issuer).clock(clock).build();
    }

    private void assertDiscoveryFetches(int count) {
        server.verify(count, getRequestedFor(urlEqualTo("/.well-known/openid-configuration")));
    }

    @Test
    void theDocumentIsReadFromTheWellKnownPathOfTheIssuer() {
        provider.stubDiscovery();

        ProviderMetadata metadata = discovery(provider.issuer).metadata();

        assertThat(metadata.issuer()).isEqualTo(provider.issuer);
        assertThat(metadata.tokenEndpoint()).isEqualTo(URI.create(server.baseUrl() + "/v1/sso/token"));
        assertThat(metadata.jwksUri()).isEqualTo(URI.create(server.baseUrl() + "/v1/sso/jwks"));
        assertThat(metadata.endSessionEndpoint()).contains(URI.create(server.baseUrl() + "/v1/sso/logout"));
        assertThat(metadata.introspectionEndpoint()).isEmpty();
        assertThat(metadata.authorizationResponseIssParameterSupported()).isTrue();
        assertThat(metadata.codeChallengeMethodsSupported()).containsExactly("S256");
    }

    @Test
    void theDocumentIsFetchedOnceAndKeptUntilItsCacheLifetimeEnds() {
        provider.stubDiscovery();
        OpenIdDiscovery discovery = discovery(provider.issuer);

        discovery.metadata();
        clock.advance(Duration.ofMinutes(59));
        discovery.metadata();
        assertDiscoveryFetches(1);

        clock.advance(Duration.ofMinutes(1));
        discovery.metadata();
        assertDiscoveryFetches(2);
    }

    @Test
    void aDocumentNamingAnotherIssuerIsRefused() {
        provider.stubDiscovery("https://attacker.example");

        assertThatThrownBy(() -> discovery(provider.issuer).metadata())
                .isInstanceOf(MppException.class)
                .hasMessageContaining("https://attacker.example");
    }

    @Test
    void theIssuerMustMatchExactlyEvenInATrailingSlash() {
        provider.stubDiscovery(provider.issuer + "/");

        assertThatThrownBy(() -> discovery(provider.issuer).metadata()).isInstanceOf(MppException.class);
    }

    @Test
    void theHeldDocumentIsUsedWhenARefetchFails() {
        provider.stubDiscovery();
        OpenIdDiscovery discovery = discovery(provider.issuer);
        discovery.metadata();

        server.stubFor(get("/.well-known/openid-configuration").willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofHours(2));

        assertThat(discovery.metadata().issuer()).isEqualTo(provider.issuer);
        assertDiscoveryFetches(2);
    }

    @Test
    void aFailedRefetchIsTriedAgainAMinuteLaterNotOnEveryCall() {
        provider.stubDiscovery();
        OpenIdDiscovery discovery = discovery(provider.issuer);
        discovery.metadata();
        server.stubFor(get("/.well-known/openid-configuration").willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofHours(2));
        discovery.metadata();

        clock.advance(Duration.ofSeconds(59));
        discovery.metadata();
        assertDiscoveryFetches(2);

        clock.advance(Duration.ofSeconds(1));
        discovery.metadata();
        assertDiscoveryFetches(3);
    }

    @Test
    void aFailedFirstFetchIsAnError() {
        server.stubFor(get("/.well-known/openid-configuration").willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> discovery(provider.issuer).metadata())
                .isInstanceOf(MppException.class)
                .hasMessageContaining("404");
    }
}
