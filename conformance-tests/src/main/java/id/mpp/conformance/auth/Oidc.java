package id.mpp.conformance.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.config.AccountConfig;
import id.mpp.conformance.config.ClientConfig;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.http.ConformanceHttpClient;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite's OpenID Connect relying party for one run: the discovery document, signing in through the provider's
 * HTML pages (form login, consent), the token, revocation and introspection endpoints, and a cache of the test
 * accounts' tokens so that each account signs in once per run.
 */
public final class Oidc {

    /** The scopes a citizen's cached sign-in asks for (through the confidential client). */
    public static final String CITIZEN_SCOPES = "openid profile email phone offline_access account documents.read "
            + "documents.write applications.read applications.write";
    /** The scopes an officer's cached sign-in asks for. */
    public static final String OFFICER_SCOPES = "openid profile officer";

    private static final String FORM = "application/x-www-form-urlencoded";

    private final VendorConfig config;
    private volatile JsonNode discovery;
    private final Map<String, Tokens> cache = new ConcurrentHashMap<>();

    public Oidc(VendorConfig config) {
        this.config = config;
    }

    /** What the consent page answers. */
    public enum Consent {
        /** Allow, ticking the separate {@code nik} box when the request asks for {@code nik}. */
        ALLOW_ALL,
        /** Allow, leaving the {@code nik} box unticked. */
        ALLOW_WITHOUT_NIK,
        /** Deny. */
        DENY
    }

    /** The discovery document (fetched once per run, through the first test's client). */
    public JsonNode discovery(ConformanceHttpClient http) {
        if (discovery == null) {
            Exchange e = http.get(config.discoveryUrl().toString());
            assertThat(e.status()).as("status of the discovery document").isEqualTo(200);
            discovery = e.json();
        }
        return discovery;
    }

    /** An endpoint URL of the discovery document. */
    public String endpoint(ConformanceHttpClient http, String name) {
        String url = discovery(http).path(name).asText("");
        assertThat(url).as("%s of the discovery document", name).isNotEmpty();
        return url;
    }

    /** The issuer: the discovery URL without its well-known suffix. */
    public String issuer() {
        String url = config.discoveryUrl().toString();
        return url.substring(0, url.length() - "/.well-known/openid-configuration".length());
    }

    /**
     * Signs the account in through the provider's pages in this browser and answers where the provider finally
     * redirected to (the client's redirect URI with a code or an error).
     */
    public Redirect authorize(Browser browser, ConformanceHttpClient http, AuthRequest request, AccountConfig account,
            Consent consent) {
        String url = request.url(endpoint(http, "authorization_endpoint"));
        Exchange e = browser.get(url);
        for (int step = 0; step < 12; step++) {
            if (e.status() == 302 || e.status() == 303) {
                String location = URI.create(url).resolve(e.header("location").orElseThrow()).toString();
                if (isRedirectUri(location, request.redirectUri())) {
                    return Redirect.of(location);
                }
                url = location;
                e = browser.get(url);
                continue;
            }
            assertThat(e.status()).as("status of the sign-in page %s", url).isEqualTo(200);
            List<HtmlForm> forms = HtmlForm.parse(e.responseBody());
            assertThat(forms).as("a form on the sign-in page %s", url).isNotEmpty();
            HtmlForm form = forms.get(0);
            Map<String, String> values = new LinkedHashMap<>(form.fields());
            if (form.hasPasswordField() || form.fields().containsKey(config.login().passwordField())) {
                assertThat(account).as("an account to sign in with").isNotNull();
                values.put(config.login().usernameField(), account.username());
                values.put(config.login().passwordField(), account.password());
                e = browser.submit(url, form, values);
            } else {
                e = decide(browser, url, form, values, request, consent);
            }
        }
        throw new AssertionError("the provider did not redirect to " + request.redirectUri() + " after 12 pages");
    }

    private Exchange decide(Browser browser, String url, HtmlForm form, Map<String, String> values,
            AuthRequest request, Consent consent) {
        Map.Entry<String, String> button = form.buttons().stream()
                .filter(b -> b.getValue().toLowerCase(java.util.Locale.ROOT).matches(
                        consent == Consent.DENY ? "deny|decline|reject|tolak|cancel" : "allow|approve|accept|consent|izinkan|setuju"))
                .findFirst().orElse(form.buttons().isEmpty() ? null : form.buttons().get(0));
        if (button != null) {
            values.put(button.getKey(), button.getValue());
        }
        Map<String, String> body = new LinkedHashMap<>(values);
        String scope = request.param("scope");
        boolean tickNik = consent == Consent.ALLOW_ALL && scope != null && List.of(scope.split(" ")).contains("nik");
        StringBuilder extra = new StringBuilder();
        form.checkboxes().forEach((name, boxValues) -> boxValues.forEach(v -> {
            if (tickNik && v.equals("nik")) {
                extra.append('&').append(Browser.encode(name)).append('=').append(Browser.encode(v));
            }
        }));
        if (extra.length() == 0) {
            return browser.submit(url, form, body);
        }
        String action = form.action().isEmpty() ? url : URI.create(url).resolve(form.action()).toString();
        StringJoiner text = new StringJoiner("&");
        body.forEach((k, v) -> text.add(Browser.encode(k) + "=" + Browser.encode(v)));
        return browser.send(HttpCall.method("POST", action).header("Accept", "text/html")
                .body(FORM, text + extra.toString()));
    }

    private static boolean isRedirectUri(String location, String redirectUri) {
        URI l = URI.create(location);
        URI r = URI.create(redirectUri);
        boolean loopback = "127.0.0.1".equals(r.getHost()) || "[::1]".equals(r.getHost());
        return l.getScheme().equals(r.getScheme()) && l.getHost().equals(r.getHost())
                && (loopback || l.getPort() == r.getPort()) && l.getPath().equals(r.getPath());
    }

    /** Signs in and exchanges the code: the whole flow, failing the test when any step does not succeed. */
    public Tokens signIn(ConformanceHttpClient http, AuthRequest request, AccountConfig account, Consent consent) {
        Redirect redirect = authorize(new Browser(http), http, request, account, consent);
        assertThat(redirect.params()).as("authorization answer of %s", request.client().clientId())
                .containsKey("code");
        Exchange e = exchangeCode(http, request, redirect.code(), request.pkce().verifier());
        assertThat(e.status()).as("status of the code exchange: %s", e.responseBody()).isEqualTo(200);
        return new Tokens(e, e.json(), System.currentTimeMillis());
    }

    /** Redeems a code at the token endpoint with this verifier ({@code null}: none). */
    public Exchange exchangeCode(ConformanceHttpClient http, AuthRequest request, String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", request.redirectUri());
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return token(http, request.clientRole(), form);
    }

    /** Uses a refresh token as the client of this role. */
    public Exchange refresh(ConformanceHttpClient http, String clientRole, String refreshToken, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        if (scope != null) {
            form.put("scope", scope);
        }
        return token(http, clientRole, form);
    }

    /** The agency back-end's client credentials grant ({@code scope} may be {@code null}). */
    public Exchange clientCredentials(ConformanceHttpClient http, String scope) {
        return clientCredentials(http, "agency_backend", scope);
    }

    /** The client credentials grant of the back-end client of this role ({@code scope} may be {@code null}). */
    public Exchange clientCredentials(ConformanceHttpClient http, String clientRole, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        return token(http, clientRole, form);
    }

    /** A POST to the token endpoint, authenticated as the client of this role. */
    public Exchange token(ConformanceHttpClient http, String clientRole, Map<String, String> form) {
        return http.send(clientPost(endpoint(http, "token_endpoint"), clientRole, form));
    }

    /** Revokes a token as the client of this role. */
    public Exchange revoke(ConformanceHttpClient http, String clientRole, String token, String hint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        if (hint != null) {
            form.put("token_type_hint", hint);
        }
        return http.send(clientPost(endpoint(http, "revocation_endpoint"), clientRole, form));
    }

    /** Introspects a token as the client of this role. */
    public Exchange introspect(ConformanceHttpClient http, String clientRole, String token) {
        return http.send(clientPost(endpoint(http, "introspection_endpoint"), clientRole, Map.of("token", token)));
    }

    /** A form POST authenticated as the client of this role: Basic for a client with a secret, else client_id. */
    public HttpCall clientPost(String url, String clientRole, Map<String, String> form) {
        ClientConfig client = config.clients().get(clientRole);
        StringJoiner body = new StringJoiner("&");
        HttpCall call = HttpCall.method("POST", url);
        if (client.clientSecret() != null) {
            call.header("Authorization", basic(client));
        } else {
            body.add("client_id=" + encode(client.clientId()));
        }
        form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        return call.header("Accept", "application/json").body(FORM, body.toString());
    }

    /** The HTTP Basic credentials of a client (RFC 6749 §2.3.1: each part form-urlencoded). */
    public static String basic(ClientConfig client) {
        String pair = encode(client.clientId()) + ":" + encode(client.clientSecret());
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cached tokens of a test account (signed in once per run through the confidential client; citizens with
     * {@link #CITIZEN_SCOPES}, officers with {@link #OFFICER_SCOPES}). Tests that revoke or change what they get
     * must sign in on their own instead.
     */
    public Tokens accountTokens(ConformanceHttpClient http, String role) {
        Tokens cached = cache.get(role);
        if (cached != null && cached.freshFor(60)) {
            return cached;
        }
        AccountConfig account = config.accounts().get(role);
        String scopes = role.startsWith("officer") ? OFFICER_SCOPES : CITIZEN_SCOPES;
        Tokens tokens = signIn(http, AuthRequest.of(config, "confidential").scope(scopes), account, Consent.ALLOW_WITHOUT_NIK);
        cache.put(role, tokens);
        return tokens;
    }

    /** The access token of a test account: cached from a form sign-in, or the one the vendor supplied. */
    public String accessToken(ConformanceHttpClient http, String role) {
        if ("tokens".equals(config.login().mode())) {
            return config.accounts().get(role).accessToken();
        }
        return accountTokens(http, role).accessToken();
    }

    /** The agency back-end's cached client-credentials access token. */
    public String agencyToken(ConformanceHttpClient http, String scope) {
        return agencyToken(http, "agency_backend", scope);
    }

    /** The cached client-credentials access token of the back-end client of this role. */
    public String agencyToken(ConformanceHttpClient http, String clientRole, String scope) {
        String key = clientRole + " " + scope;
        Tokens cached = cache.get(key);
        if (cached != null && cached.freshFor(60)) {
            return cached.accessToken();
        }
        Exchange e = clientCredentials(http, clientRole, scope);
        assertThat(e.status()).as("status of the client credentials grant of %s: %s", clientRole, e.responseBody())
                .isEqualTo(200);
        Tokens tokens = new Tokens(e, e.json(), System.currentTimeMillis());
        cache.put(key, tokens);
        return tokens.accessToken();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
