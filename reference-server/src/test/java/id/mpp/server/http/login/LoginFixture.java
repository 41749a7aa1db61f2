package id.mpp.server.http.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.http.Http;
import id.mpp.server.http.sso.SsoFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the sign-in tests share: settings, the demo logins, authorization URLs and the code exchange. */
final class LoginFixture {
    static final String DEWI_NIK = "3302055403900021";
    static final String DEWI_EMAIL = "dewi.lestari@contoh.id";
    static final String DEWI_PASSWORD = "Mendoan-Banyumas-2026";
    static final String DEWI_SUB = "usr_00000000000000000000DEM0C1";
    static final String BAGUS_EMAIL = "bagus.prasetyo@contoh.id";
    static final String BAGUS_PASSWORD = "Gudeg-Malioboro-2026";
    static final String WEB_REDIRECT = "http://localhost:3000/callback";
    static final String CLI_REDIRECT = "http://127.0.0.1:49152/callback";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoginFixture() {
    }

    /** The SSO fixture's port and issuer, the demo accounts, cookies without {@code Secure} (plain http). */
    static Map<String, String> properties() {
        Map<String, String> properties = SsoFixture.properties();
        properties.put("mpp.demo-data.enabled", "true");
        properties.put("mpp.login.secure-cookies", "false");
        properties.put("mpp.login.attempts-per-address", "1000");
        return properties;
    }

    /** The path and query of an authorization request; {@code extra} are more name, value pairs. */
    static String authorize(String clientId, String redirectUri, String scope, Pkce pkce, String state,
            String nonce, String... extra) {
        StringBuilder uri = new StringBuilder("/v1/sso/authorize?response_type=code");
        add(uri, "client_id", clientId);
        add(uri, "redirect_uri", redirectUri);
        add(uri, "scope", scope);
        if (pkce != null) {
            add(uri, "code_challenge", pkce.challenge());
            add(uri, "code_challenge_method", "S256");
        }
        add(uri, "state", state);
        add(uri, "nonce", nonce);
        for (int i = 0; i < extra.length; i += 2) {
            add(uri, extra[i], extra[i + 1]);
        }
        return uri.toString();
    }

    static String web(Pkce pkce, String state, String nonce, String... extra) {
        return authorize(SsoFixture.WEB_CLIENT, WEB_REDIRECT, "openid profile email nik offline_access documents.read",
                pkce, state, nonce, extra);
    }

    static String cli(Pkce pkce, String state, String... extra) {
        return authorize(SsoFixture.CLI_CLIENT, CLI_REDIRECT, "openid profile offline_access", pkce, state, "n-cli",
                extra);
    }

    /** Exchanges a code of {@code demo-web} at the token endpoint. */
    static HttpResponse<String> exchangeWeb(Http http, String code, Pkce pkce) {
        return SsoFixture.postForm(http, "/v1/sso/token", SsoFixture.basic(SsoFixture.WEB_CLIENT, SsoFixture.WEB_SECRET),
                "grant_type", "authorization_code", "code", code, "redirect_uri", WEB_REDIRECT,
                "code_verifier", pkce.verifier());
    }

    /** Exchanges a code of the public {@code demo-cli}. */
    static HttpResponse<String> exchangeCli(Http http, String code, Pkce pkce) {
        return SsoFixture.postForm(http, "/v1/sso/token", null, "grant_type", "authorization_code",
                "client_id", SsoFixture.CLI_CLIENT, "code", code, "redirect_uri", CLI_REDIRECT,
                "code_verifier", pkce.verifier());
    }

    static HttpResponse<String> refreshWeb(Http http, String refreshToken) {
        return SsoFixture.postForm(http, "/v1/sso/token", SsoFixture.basic(SsoFixture.WEB_CLIENT, SsoFixture.WEB_SECRET),
                "grant_type", "refresh_token", "refresh_token", refreshToken);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(StringBuilder uri, String name, String value) {
        if (value != null) {
            uri.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
