package id.mpp.sdk.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.mpp.sdk.auth.FormBodies;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

    private static final URI ENDPOINT = URI.create("https://mpp.banyumaskab.go.id/v1/sso/authorize");
    private static final URI REDIRECT = URI.create("https://layanan.banyumaskab.go.id/auth/callback");

    private AuthorizationRequest.Builder builder() {
        return AuthorizationRequest.builder()
                .authorizationEndpoint(ENDPOINT)
                .clientId("banyumas-layanan-web")
                .redirectUri(REDIRECT)
                .scopes("openid", "profile", "nik");
    }

    @Test
    void theUrlCarriesEveryParameterOfTheRequest() {
        AuthorizationRequest request = builder()
                .prompt("login")
                .maxAge(Duration.ofMinutes(15))
                .acrValues("urn:mpp:acr:nik", "urn:mpp:acr:email")
                .uiLocales("id", "en")
                .loginHint("siti.rahmawati@contoh.id")
                .build();

        Map<String, String> query = FormBodies.parse(request.uri().getRawQuery());

        assertThat(request.uri().toString()).startsWith(ENDPOINT + "?");
        assertThat(query).containsOnly(
                entry("response_type", "code"),
                entry("client_id", "banyumas-layanan-web"),
                entry("redirect_uri", REDIRECT.toString()),
                entry("scope", "openid profile nik"),
                entry("state", request.state()),
                entry("nonce", request.nonce()),
                entry("code_challenge", request.pkce().challenge()),
                entry("code_challenge_method", "S256"),
                entry("prompt", "login"),
                entry("max_age", "900"),
                entry("acr_values", "urn:mpp:acr:nik urn:mpp:acr:email"),
                entry("ui_locales", "id en"),
                entry("login_hint", "siti.rahmawati@contoh.id"));
    }

    @Test
    void theChallengeInTheUrlIsTheS256OfTheVerifierKeptByTheClient() {
        AuthorizationRequest request = builder().build();

        String challenge = FormBodies.parse(request.uri().getRawQuery()).get("code_challenge");

        assertThat(challenge).isEqualTo(Pkce.challengeOf(request.pkce().verifier()));
    }

    @Test
    void stateAndNonceAreGeneratedWith256BitsAndDiffer() {
        AuthorizationRequest request = builder().build();

        assertThat(request.state()).matches("[A-Za-z0-9_-]{43}");
        assertThat(request.nonce()).matches("[A-Za-z0-9_-]{43}");
        assertThat(request.state()).isNotEqualTo(request.nonce());
        assertThat(builder().build().state()).isNotEqualTo(request.state());
    }

    @Test
    void openidIsAddedWhenTheScopesLackIt() {
        AuthorizationRequest request = builder().scopes("profile", "documents.read").build();

        assertThat(request.scopes()).containsExactly("openid", "profile", "documents.read");
    }

    @Test
    void spacesAreEncodedAsPercent20NotPlus() {
        AuthorizationRequest request = builder().build();

        assertThat(request.uri().getRawQuery()).contains("scope=openid%20profile%20nik").doesNotContain("+");
    }

    @Test
    void aQueryTheEndpointAlreadyHasIsKept() {
        AuthorizationRequest request = builder().authorizationEndpoint(URI.create(ENDPOINT + "?tenant=banyumas")).build();

        assertThat(FormBodies.parse(request.uri().getRawQuery())).containsEntry("tenant", "banyumas")
                .containsEntry("response_type", "code");
    }

    @Test
    void optionalParametersAreLeftOutWhenNotSet() {
        Map<String, String> query = FormBodies.parse(builder().build().uri().getRawQuery());

        assertThat(query).doesNotContainKeys("prompt", "max_age", "acr_values", "ui_locales", "login_hint");
    }
}
