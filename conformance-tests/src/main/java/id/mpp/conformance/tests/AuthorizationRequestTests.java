package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.config.ClientConfig;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Authorization requests refused before any sign-in: PKCE, client and redirect URI, response type and scope. */
@Profile("sso")
public class AuthorizationRequestTests {

    private static final String VERIFIER = "conformance-suite-pkce-verifier-0123456789-abcdefghijklmnop";

    @Requirement({"SSO-010", "SSO-013"})
    public void aRequestWithoutCodeChallengeRedirectsWithInvalidRequest(TestContext ctx) {
        Map<String, String> params = base(ctx, "s010-missing");
        params.remove("code_challenge");
        params.remove("code_challenge_method");
        assertErrorRedirect(ctx, authorize(ctx, params), "invalid_request", "s010-missing");
    }

    @Requirement({"SSO-010"})
    public void thePlainMethodRedirectsWithInvalidRequest(TestContext ctx) {
        Map<String, String> params = base(ctx, "s010-plain");
        params.put("code_challenge", VERIFIER);
        params.put("code_challenge_method", "plain");
        assertErrorRedirect(ctx, authorize(ctx, params), "invalid_request", "s010-plain");
    }

    @Requirement({"SSO-011"})
    public void anUnknownClientAnswers400WithoutRedirecting(TestContext ctx) {
        Map<String, String> params = base(ctx, "s011-client");
        params.put("client_id", "conformance-unknown-client");
        assertRefusedWithoutRedirect(authorize(ctx, params));
    }

    @Requirement({"SSO-011"})
    public void aRedirectUriWithATrailingSlashAnswers400WithoutRedirecting(TestContext ctx) {
        Map<String, String> params = base(ctx, "s011-slash");
        params.put("redirect_uri", params.get("redirect_uri") + "/");
        assertRefusedWithoutRedirect(authorize(ctx, params));
    }

    @Requirement({"SSO-014"})
    public void aResponseTypeOtherThanCodeRedirectsWithUnsupportedResponseType(TestContext ctx) {
        Map<String, String> params = base(ctx, "s014-token");
        params.put("response_type", "token");
        assertErrorRedirect(ctx, authorize(ctx, params), "unsupported_response_type", "s014-token");
    }

    @Requirement({"SSO-014"})
    public void aScopeWithoutOpenidRedirectsWithInvalidScope(TestContext ctx) {
        Map<String, String> params = base(ctx, "s014-scope");
        params.put("scope", "profile");
        assertErrorRedirect(ctx, authorize(ctx, params), "invalid_scope", "s014-scope");
    }

    @Requirement({"SSO-019"})
    public void theLoginPageForbidsFramingAndCaching(TestContext ctx) {
        Exchange e = ctx.http().send(HttpCall.get(authorizeUrl(ctx, base(ctx, "s019-page"))).header("Accept", "text/html"));
        assertThat(e.status()).as("status of the login page").isEqualTo(200);
        assertThat(e.mediaType()).as("media type of the login page").isEqualTo("text/html");
        assertThat(e.header("content-security-policy").orElse("")).as("Content-Security-Policy")
                .contains("frame-ancestors 'none'");
        assertThat(e.header("x-frame-options").orElse("")).as("X-Frame-Options").isEqualToIgnoringCase("DENY");
        assertThat(e.header("cache-control").orElse("")).as("Cache-Control").contains("no-store");
    }

    private static void assertErrorRedirect(TestContext ctx, Exchange e, String error, String state) {
        assertThat(e.status()).as("status of the authorization answer").isEqualTo(302);
        String location = e.header("location").orElse("");
        String redirect = ctx.config().clients().get("public").redirectUri();
        assertThat(location).as("Location").startsWith(redirect + "?");
        Map<String, String> query = query(URI.create(location));
        assertThat(query).as("redirect parameters").containsEntry("error", error).containsEntry("state", state)
                .containsEntry("iss", issuer(ctx)).doesNotContainKey("code");
    }

    private static void assertRefusedWithoutRedirect(Exchange e) {
        assertThat(e.status()).as("status of the authorization answer").isEqualTo(400);
        assertThat(e.header("location")).as("Location").isEmpty();
    }

    private static Map<String, String> base(TestContext ctx, String state) {
        ClientConfig app = ctx.config().clients().get("public");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", app.clientId());
        params.put("redirect_uri", app.redirectUri());
        params.put("scope", "openid");
        params.put("state", state);
        params.put("code_challenge", challenge());
        params.put("code_challenge_method", "S256");
        return params;
    }

    private static Exchange authorize(TestContext ctx, Map<String, String> params) {
        return ctx.http().send(HttpCall.get(authorizeUrl(ctx, params)).header("Accept", "application/json"));
    }

    private static String authorizeUrl(TestContext ctx, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        Exchange discovery = ctx.http().get(ctx.config().discoveryUrl().toString());
        return discovery.json().path("authorization_endpoint").asText() + "?" + query;
    }

    private static String issuer(TestContext ctx) {
        String url = ctx.config().discoveryUrl().toString();
        return url.substring(0, url.length() - "/.well-known/openid-configuration".length());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> map = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                map.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private static String challenge() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
