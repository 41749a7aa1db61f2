package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.config.ClientConfig;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The token endpoint's refusals that need no sign-in: client authentication and grant types. */
@Profile("sso")
public class TokenEndpointTests {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Requirement({"SSO-052", "SSO-037", "SSO-036"})
    public void aPublicClientCannotUseClientCredentials(TestContext ctx) {
        ClientConfig app = ctx.config().clients().get("public");
        Exchange e = token(ctx, HttpCall.method("POST", tokenEndpoint(ctx))
                .body(FORM, "grant_type=client_credentials&client_id=" + encode(app.clientId())));
        assertOAuthError(e, 400, "unauthorized_client");
    }

    @Requirement({"SSO-052", "SSO-037"})
    public void thePasswordGrantIsUnsupported(TestContext ctx) {
        ClientConfig app = ctx.config().clients().get("public");
        Exchange e = token(ctx, HttpCall.method("POST", tokenEndpoint(ctx)).body(FORM,
                "grant_type=password&username=conformance&password=conformance-password&client_id="
                        + encode(app.clientId())));
        assertOAuthError(e, 400, "unsupported_grant_type");
    }

    @Requirement({"SSO-050", "SSO-037", "SSO-036"})
    public void aConfidentialClientWithoutCredentialsAnswersInvalidClient(TestContext ctx) {
        ClientConfig web = ctx.config().clients().get("confidential");
        Exchange e = token(ctx, HttpCall.method("POST", tokenEndpoint(ctx))
                .body(FORM, "grant_type=client_credentials&client_id=" + encode(web.clientId())));
        assertInvalidClient(e);
    }

    @Requirement({"SSO-050"})
    public void aConfidentialClientWithAWrongSecretAnswersInvalidClient(TestContext ctx) {
        ClientConfig web = ctx.config().clients().get("confidential");
        String basic = Base64.getEncoder().encodeToString(
                (encode(web.clientId()) + ":" + "wrong-" + web.clientSecret()).getBytes(StandardCharsets.UTF_8));
        Exchange e = token(ctx, HttpCall.method("POST", tokenEndpoint(ctx)).header("Authorization", "Basic " + basic)
                .body(FORM, "grant_type=client_credentials"));
        assertInvalidClient(e);
    }

    @Requirement({"SSO-050"})
    public void aSecretInTheBodyIsRefused(TestContext ctx) {
        ClientConfig web = ctx.config().clients().get("confidential");
        Exchange e = token(ctx, HttpCall.method("POST", tokenEndpoint(ctx)).body(FORM, "grant_type=client_credentials"
                + "&client_id=" + encode(web.clientId()) + "&client_secret=" + encode(web.clientSecret())));
        assertInvalidClient(e);
    }

    private static void assertInvalidClient(Exchange e) {
        assertOAuthError(e, 401, "invalid_client");
        assertThat(e.header("www-authenticate")).as("WWW-Authenticate").isPresent();
    }

    private static void assertOAuthError(Exchange e, int status, String error) {
        assertThat(e.status()).as("status").isEqualTo(status);
        assertThat(e.mediaType()).as("media type of an OAuth error").isEqualTo("application/json");
        JsonNode body = e.json();
        assertThat(body.path("error").asText()).as("error").isEqualTo(error);
        assertThat(body.path("type").asText()).as("type")
                .isEqualTo("https://mpp-digital.go.id/problems/oauth-" + error.replace('_', '-'));
        assertThat(body.path("status").asInt()).as("status member").isEqualTo(status);
        assertThat(e.header("cache-control").orElse("")).as("Cache-Control").contains("no-store");
    }

    private static Exchange token(TestContext ctx, HttpCall call) {
        return ctx.http().send(call);
    }

    private static String tokenEndpoint(TestContext ctx) {
        Exchange e = ctx.http().get(ctx.config().discoveryUrl().toString());
        assertThat(e.status()).as("discovery status").isEqualTo(200);
        return e.json().path("token_endpoint").asText();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
