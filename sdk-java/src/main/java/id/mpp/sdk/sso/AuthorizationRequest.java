package id.mpp.sdk.sso;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One authorization request of the code flow with PKCE: the URL the browser opens, and the secrets the client
 * keeps until the browser comes back ({@code state}, {@code nonce}, the PKCE verifier).
 *
 * <p>{@code response_type=code} and {@code code_challenge_method=S256} always; {@code state}, {@code nonce} and
 * the PKCE pair are generated from a {@link SecureRandom} unless given; {@code openid} is always among the
 * scopes. Keep the request (for a web app, in the user's server-side session) and hand it to
 * {@link AuthorizationResponse#verify} and {@link SsoClient#exchangeCode}. Immutable.
 */
public final class AuthorizationRequest {

    private final URI uri;
    private final String clientId;
    private final URI redirectUri;
    private final List<String> scopes;
    private final String state;
    private final String nonce;
    private final Pkce pkce;
    private final Duration maxAge;

    private AuthorizationRequest(Builder builder) {
        URI endpoint = Objects.requireNonNull(builder.authorizationEndpoint, "authorizationEndpoint");
        this.clientId = Objects.requireNonNull(builder.clientId, "clientId");
        this.redirectUri = Objects.requireNonNull(builder.redirectUri, "redirectUri");
        List<String> scopes = new ArrayList<>(builder.scopes);
        if (!scopes.contains("openid")) {
            scopes.add(0, "openid");
        }
        this.scopes = List.copyOf(scopes);
        this.state = builder.state != null ? builder.state : QueryStrings.randomToken(builder.random);
        this.nonce = builder.nonce != null ? builder.nonce : QueryStrings.randomToken(builder.random);
        this.pkce = builder.pkce != null ? builder.pkce : Pkce.generate(builder.random);
        this.maxAge = builder.maxAge;

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri.toString());
        parameters.put("scope", String.join(" ", this.scopes));
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", pkce.method());
        putIfPresent(parameters, "prompt", builder.prompt);
        if (maxAge != null) {
            parameters.put("max_age", Long.toString(maxAge.toSeconds()));
        }
        putIfPresent(parameters, "acr_values", builder.acrValues.isEmpty() ? null : String.join(" ", builder.acrValues));
        putIfPresent(parameters, "ui_locales", builder.uiLocales.isEmpty() ? null : String.join(" ", builder.uiLocales));
        putIfPresent(parameters, "login_hint", builder.loginHint);
        this.uri = QueryStrings.append(endpoint, parameters);
    }

    /** Starts building a request. */
    public static Builder builder() {
        return new Builder();
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    /** The URL to open in the user's browser. */
    public URI uri() {
        return uri;
    }

    /** The client ID. */
    public String clientId() {
        return clientId;
    }

    /** The redirect URI, sent again with the code exchange. */
    public URI redirectUri() {
        return redirectUri;
    }

    /** The scopes asked for, {@code openid} first when it was added. */
    public List<String> scopes() {
        return scopes;
    }

    /** The {@code state}, which the redirect must carry back unchanged. */
    public String state() {
        return state;
    }

    /** The {@code nonce}, which the ID token must carry. */
    public String nonce() {
        return nonce;
    }

    /** The PKCE pair; its verifier goes to the token endpoint. */
    public Pkce pkce() {
        return pkce;
    }

    /** The {@code max_age} asked for, which the ID token's {@code auth_time} must honour. */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[" + clientId + ", redirectUri=" + redirectUri + ", scopes=" + scopes + "]";
    }

    /** Builds {@link AuthorizationRequest}. */
    public static final class Builder {

        private URI authorizationEndpoint;
        private String clientId;
        private URI redirectUri;
        private final List<String> scopes = new ArrayList<>();
        private String state;
        private String nonce;
        private Pkce pkce;
        private String prompt;
        private Duration maxAge;
        private final List<String> acrValues = new ArrayList<>();
        private final List<String> uiLocales = new ArrayList<>();
        private String loginHint;
        private SecureRandom random = new SecureRandom();

        private Builder() {
        }

        /** Sets the provider's authorization endpoint; required. */
        public Builder authorizationEndpoint(URI authorizationEndpoint) {
            this.authorizationEndpoint = authorizationEndpoint;
            return this;
        }

        /** Sets the client ID; required. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Sets the redirect URI, exactly as registered for the client; required. */
        public Builder redirectUri(URI redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /** Sets the scopes; {@code openid} is added when missing. */
        public Builder scopes(String... scopes) {
            return scopes(Arrays.asList(scopes));
        }

        /** Sets the scopes; {@code openid} is added when missing. */
        public Builder scopes(Collection<String> scopes) {
            this.scopes.clear();
            this.scopes.addAll(scopes);
            return this;
        }

        /** Sets the {@code state} instead of a random one. */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /** Sets the {@code nonce} instead of a random one. */
        public Builder nonce(String nonce) {
            this.nonce = nonce;
            return this;
        }

        /** Sets the PKCE pair instead of a random one. */
        public Builder pkce(Pkce pkce) {
            this.pkce = pkce;
            return this;
        }

        /** Sets {@code prompt}: {@code none}, {@code login}, {@code consent}, space-separated. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** Sets {@code max_age}: the greatest age of the user's last active login, in whole seconds. */
        public Builder maxAge(Duration maxAge) {
            if (maxAge != null && maxAge.isNegative()) {
                throw new IllegalArgumentException("maxAge must not be negative");
            }
            this.maxAge = maxAge;
            return this;
        }

        /** Sets {@code acr_values}, the assurance levels wanted, most preferred first. */
        public Builder acrValues(String... acrValues) {
            this.acrValues.clear();
            this.acrValues.addAll(Arrays.asList(acrValues));
            return this;
        }

        /** Sets {@code ui_locales}, the languages of the provider's pages in order of preference ({@code id}, {@code en}). */
        public Builder uiLocales(String... uiLocales) {
            this.uiLocales.clear();
            this.uiLocales.addAll(Arrays.asList(uiLocales));
            return this;
        }

        /** Sets {@code login_hint}, the e-mail address to pre-fill (never a NIK). */
        public Builder loginHint(String loginHint) {
            this.loginHint = loginHint;
            return this;
        }

        /** Sets the source of {@code state}, {@code nonce} and the PKCE verifier; a new {@link SecureRandom} by default. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Builds the request, generating what was not given. */
        public AuthorizationRequest build() {
            return new AuthorizationRequest(this);
        }
    }
}
