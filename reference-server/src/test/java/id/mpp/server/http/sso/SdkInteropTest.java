package id.mpp.server.http.sso;

import static id.mpp.server.http.sso.SsoFixture.AGENCY_CLIENT;
import static id.mpp.server.http.sso.SsoFixture.AGENCY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.ClientCredentials;
import id.mpp.sdk.auth.OAuthClient;
import id.mpp.sdk.auth.TokenIntrospection;
import id.mpp.sdk.sso.JwksCache;
import id.mpp.sdk.sso.OpenIdDiscovery;
import id.mpp.sdk.sso.ProviderMetadata;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Java SDK against the running server: discovery, keys, and a client-credentials token. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkInteropTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return SsoFixture.properties();
    }

    private String issuer() {
        return "http://localhost:" + server.getPort();
    }

    @Test
    @DisplayName("SSO-001, SSO-003, SSO-004, SSO-053: the SDK discovers the provider, obtains a client_credentials token with client_secret_basic, and verifies it with the keys it fetched")
    void sdkObtainsAndVerifiesAToken() throws Exception {
        OpenIdDiscovery discovery = OpenIdDiscovery.builder().issuer(issuer()).build();
        ProviderMetadata metadata = discovery.metadata();
        OAuthClient client = OAuthClient.builder()
                .clientAuthentication(ClientAuthentication.clientSecretBasic(AGENCY_CLIENT, AGENCY_SECRET))
                .tokenEndpoint(metadata.tokenEndpoint())
                .introspectionEndpoint(metadata.introspectionEndpoint().orElseThrow())
                .build();
        ClientCredentials credentials = ClientCredentials.builder().client(client).scopes("agency.events").build();

        String token = credentials.accessToken();

        assertThat(metadata.issuer()).isEqualTo(issuer());
        assertThat(credentials.accessToken()).as("cached until it nears expiry").isEqualTo(token);
        SignedJWT jwt = SignedJWT.parse(token);
        JwksCache keys = JwksCache.builder().jwksUri(metadata.jwksUri()).build();
        Optional<JWK> key = keys.find(jwt.getHeader().getKeyID(), JWSAlgorithm.RS256);
        assertThat(key).as("the token's kid is in the provider's JWK Set").isPresent();
        assertThat(jwt.verify(new RSASSAVerifier(key.get().toRSAKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("agency.events");

        TokenIntrospection introspection = client.introspect(token, "access_token");
        assertThat(introspection.active()).isTrue();
        assertThat(introspection.clientId()).contains(AGENCY_CLIENT);
        assertThat(introspection.scopes()).containsExactly("agency.events");
    }
}
