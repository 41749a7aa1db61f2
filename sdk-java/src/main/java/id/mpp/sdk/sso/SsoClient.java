package id.mpp.sdk.sso;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.auth.ClientAuthentication;
import id.mpp.sdk.auth.ClientCredentials;
import id.mpp.sdk.auth.OAuthClient;
import id.mpp.sdk.auth.OAuthException;
import id.mpp.sdk.auth.RefreshTokenStore;
import id.mpp.sdk.auth.TokenSet;
import id.mpp.sdk.auth.UserSession;
import id.mpp.sdk.errors.MppException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client application of the MPP Digital OpenID Connect provider: sign-in with the authorization code flow
 * and PKCE, ID token validation, user sessions, client credentials, userinfo, revocation and logout.
 *
 * <p>Everything is found through the provider's discovery document, read on first use. Immutable and
 * thread-safe; one instance per client ID serves the whole application.
 *
 * <pre>{@code
 * SsoClient sso = SsoClient.builder()
 *     .issuer("https://mpp.banyumaskab.go.id")
 *     .clientAuthentication(ClientAuthentication.none("banyumas-layanan-desktop"))
 *     .build();
 * AuthorizationRequest request = sso.authorizationRequest(r -> r
 *     .redirectUri(URI.create("https://layanan.banyumaskab.go.id/auth/callback"))
 *     .scopes("openid", "profile", "offline_access", "documents.read"));
 * // send the browser to request.uri(); when it comes back to the redirect URI:
 * SignIn signIn = sso.completeSignIn(request, callbackUri);
 * UserSession session = sso.session(signIn.tokens(), tokens -> vault.save(tokens.refreshToken().orElseThrow()));
 * }</pre>
 */
public final class SsoClient {

    private static final Pattern BEARER_ERROR = Pattern.compile("error=\"([^\"]*)\"");
    private static final Pattern BEARER_DESCRIPTION = Pattern.compile("error_description=\"([^\"]*)\"");

    private final OpenIdDiscovery discovery;
    private final ClientAuthentication authentication;
    private final HttpClient httpClient;
    private final Clock clock;
    private final Duration clockSkew;
    private final Duration jwksMinRefetchInterval;
    private final Duration requestTimeout;
    private final SecureRandom random;
    private final JsonHttp http;
    private final Object lock = new Object();
    private volatile Parts parts;

    private SsoClient(Builder builder) {
        this.authentication = Objects.requireNonNull(builder.authentication, "clientAuthentication");
        this.httpClient = builder.httpClient != null ? builder.httpClient : OAuthClient.defaultHttpClient();
        this.clock = builder.clock;
        this.clockSkew = builder.clockSkew;
        this.jwksMinRefetchInterval = builder.jwksMinRefetchInterval;
        this.requestTimeout = builder.requestTimeout;
        this.random = builder.random;
        this.discovery = OpenIdDiscovery.builder()
                .issuer(Objects.requireNonNull(builder.issuer, "issuer"))
                .httpClient(httpClient)
                .clock(clock)
                .cacheTtl(builder.discoveryCacheTtl)
                .requestTimeout(requestTimeout)
                .build();
        this.http = new JsonHttp(httpClient, requestTimeout);
    }

    /** Starts building a client. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a client with a {@code Consumer<Builder>}. */
    public static SsoClient create(Consumer<Builder> configuration) {
        Builder builder = builder();
        configuration.accept(builder);
        return builder.build();
    }

    /** The client ID. */
    public String clientId() {
        return authentication.clientId();
    }

    /** The provider's metadata, read from its discovery document and checked (see {@link OpenIdDiscovery}). */
    public ProviderMetadata metadata() {
        return discovery.metadata();
    }

    /** The OAuth client for the provider's token, revocation and introspection endpoints. */
    public OAuthClient oauthClient() {
        return parts().oauth;
    }

    /** The cache of the provider's signing keys. */
    public JwksCache jwks() {
        return parts().jwks;
    }

    /** The validator of this client's ID tokens. */
    public IdTokenValidator idTokenValidator() {
        return parts().validator;
    }

    /**
     * Builds an authorization request to this provider for this client; {@code options} sets at least the
     * redirect URI and the scopes.
     */
    public AuthorizationRequest authorizationRequest(Consumer<AuthorizationRequest.Builder> options) {
        AuthorizationRequest.Builder builder = AuthorizationRequest.builder()
                .authorizationEndpoint(metadata().authorizationEndpoint())
                .clientId(clientId())
                .random(random);
        options.accept(builder);
        return builder.build();
    }

    /**
     * Completes a sign-in from the URL the browser came back to: checks the answer against the request
     * ({@code state}, {@code iss}), exchanges the code and validates the ID token.
     *
     * @throws InvalidAuthorizationResponseException when the answer does not belong to the request
     * @throws AuthorizationException when the provider refused the sign-in
     * @throws OAuthException when the token endpoint refused the code
     * @throws IdTokenException when the ID token is not valid
     */
    public SignIn completeSignIn(AuthorizationRequest request, URI callback) {
        ProviderMetadata metadata = metadata();
        String code = AuthorizationResponse.parse(callback)
                .verify(request, metadata.issuer(), metadata.authorizationResponseIssParameterSupported());
        return exchangeCode(request, code);
    }

    /**
     * Exchanges a verified authorization code for tokens with the request's PKCE verifier and redirect URI,
     * and validates the ID token against the request's {@code nonce} and {@code max_age} and the access token.
     *
     * @throws OAuthException when the token endpoint refused the code
     * @throws IdTokenException when there is no ID token or it is not valid
     */
    public SignIn exchangeCode(AuthorizationRequest request, String code) {
        TokenSet tokens = oauthClient().authorizationCode(code, request.redirectUri(), request.pkce().verifier());
        String idToken = tokens.idToken().orElseThrow(() -> new IdTokenException(IdTokenException.Reason.MALFORMED,
                "the token endpoint answered no id_token"));
        IdToken validated = idTokenValidator().validate(idToken, r -> r
                .nonce(request.nonce())
                .accessToken(tokens.accessToken())
                .maxAge(request.maxAge().orElse(null)));
        return new SignIn(tokens, validated);
    }

    /**
     * Turns the tokens of a sign-in into self-refreshing credentials, and hands them to {@code store} once so
     * that it holds the first refresh token too.
     */
    public UserSession session(TokenSet tokens, RefreshTokenStore store) {
        if (tokens.refreshToken().isPresent()) {
            store.store(tokens);
        }
        return UserSession.builder().client(oauthClient()).tokens(tokens).refreshTokenStore(store).clock(clock).build();
    }

    /** Resumes a session from a stored refresh token, for example when the app starts again. */
    public UserSession restoreSession(String refreshToken, RefreshTokenStore store) {
        return UserSession.builder().client(oauthClient()).refreshToken(refreshToken).refreshTokenStore(store)
                .clock(clock).build();
    }

    /** Credentials of this (confidential) client itself, with the client credentials grant. */
    public ClientCredentials clientCredentials(String... scopes) {
        return ClientCredentials.builder().client(oauthClient()).scopes(scopes).clock(clock).build();
    }

    /**
     * Reads the signed-in user's claims with an access token.
     *
     * @throws OAuthException when the endpoint refuses the token ({@code invalid_token}, {@code insufficient_scope})
     */
    public UserInfo userInfo(String accessToken) {
        URI endpoint = metadata().userinfoEndpoint()
                .orElseThrow(() -> new MppException("The provider announces no userinfo_endpoint"));
        HttpResponse<String> response = http.get(endpoint, Objects.requireNonNull(accessToken, "accessToken"));
        if (response.statusCode() != 200) {
            throw bearerError(response);
        }
        UserInfo info = UserInfo.of(JsonHttp.parseObject(response.body(), "userinfo answer"));
        if (info.subject() == null) {
            throw new MppException("The userinfo answer has no sub");
        }
        return info;
    }

    /**
     * Reads the signed-in user's claims and checks that they are the ID token's subject's (OpenID Connect Core
     * §5.3.4), so that claims of another account are never mixed in.
     */
    public UserInfo userInfo(String accessToken, String expectedSubject) {
        UserInfo info = userInfo(accessToken);
        if (!info.subject().equals(expectedSubject)) {
            throw new MppException("The userinfo answer is about " + info.subject() + ", not " + expectedSubject);
        }
        return info;
    }

    /**
     * Revokes an access or refresh token (RFC 7009).
     *
     * @param tokenTypeHint {@code access_token}, {@code refresh_token}, or {@code null}
     */
    public void revoke(String token, String tokenTypeHint) {
        oauthClient().revoke(token, tokenTypeHint);
    }

    /**
     * Builds the URL that ends the user's single sign-on session at the provider; the client ID is set.
     *
     * @throws MppException when the provider offers no RP-initiated logout
     */
    public URI logoutUri(Consumer<LogoutRequest.Builder> options) {
        URI endpoint = metadata().endSessionEndpoint()
                .orElseThrow(() -> new MppException("The provider announces no end_session_endpoint"));
        LogoutRequest.Builder builder = LogoutRequest.builder().endSessionEndpoint(endpoint).clientId(clientId());
        options.accept(builder);
        return builder.build().uri();
    }

    private Parts parts() {
        Parts held = parts;
        if (held != null) {
            return held;
        }
        synchronized (lock) {
            if (parts == null) {
                parts = new Parts(metadata());
            }
            return parts;
        }
    }

    private static OAuthException bearerError(HttpResponse<String> response) {
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        String error = group(BEARER_ERROR.matcher(challenge));
        String description = group(BEARER_DESCRIPTION.matcher(challenge));
        if (description == null) {
            try {
                JsonNode problem = JsonHttp.parseObject(response.body(), "error answer");
                description = problem.path("detail").asText(null);
            } catch (MppException e) {
                // Not a problem body; the status and the challenge say enough.
            }
        }
        return new OAuthException(response.statusCode(), error, description,
                response.headers().firstValue("X-Request-Id").orElse(null));
    }

    private static String group(Matcher matcher) {
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The parts built once from the provider's metadata. */
    private final class Parts {

        final OAuthClient oauth;
        final JwksCache jwks;
        final IdTokenValidator validator;

        Parts(ProviderMetadata metadata) {
            this.oauth = OAuthClient.builder()
                    .clientAuthentication(authentication)
                    .tokenEndpoint(metadata.tokenEndpoint())
                    .revocationEndpoint(metadata.revocationEndpoint().orElse(null))
                    .introspectionEndpoint(metadata.introspectionEndpoint().orElse(null))
                    .httpClient(httpClient)
                    .clock(clock)
                    .requestTimeout(requestTimeout)
                    .build();
            this.jwks = JwksCache.builder()
                    .jwksUri(metadata.jwksUri())
                    .httpClient(httpClient)
                    .clock(clock)
                    .minRefetchInterval(jwksMinRefetchInterval)
                    .requestTimeout(requestTimeout)
                    .build();
            this.validator = IdTokenValidator.builder()
                    .issuer(metadata.issuer())
                    .clientId(authentication.clientId())
                    .jwks(jwks)
                    .clock(clock)
                    .clockSkew(clockSkew)
                    .build();
        }
    }

    /** Builds {@link SsoClient}. */
    public static final class Builder {

        private String issuer;
        private ClientAuthentication authentication;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofSeconds(60);
        private Duration discoveryCacheTtl = Duration.ofHours(1);
        private Duration jwksMinRefetchInterval = Duration.ofMinutes(1);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private SecureRandom random = new SecureRandom();

        private Builder() {
        }

        /** Sets the provider's issuer identifier, such as {@code https://mpp.banyumaskab.go.id}; required. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Sets how the client authenticates; required ({@link ClientAuthentication#none(String)} for public clients). */
        public Builder clientAuthentication(ClientAuthentication authentication) {
            this.authentication = authentication;
            return this;
        }

        /** Sets the HTTP client; an HTTP/1.1 client without redirects by default. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Sets the clock of token expiry, ID token checks and caches; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the clock skew tolerated in ID token checks; 60 seconds by default. */
        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
            return this;
        }

        /** Sets how long the discovery document is kept; one hour by default. */
        public Builder discoveryCacheTtl(Duration discoveryCacheTtl) {
            this.discoveryCacheTtl = Objects.requireNonNull(discoveryCacheTtl, "discoveryCacheTtl");
            return this;
        }

        /** Sets the least time between two JWK Set fetches caused by an unknown key; one minute by default. */
        public Builder jwksMinRefetchInterval(Duration interval) {
            this.jwksMinRefetchInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** Sets the timeout of each request to the provider; 30 seconds by default. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Sets the source of {@code state}, {@code nonce} and PKCE verifiers; a new {@link SecureRandom} by default. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Builds the client; the provider is contacted on first use. */
        public SsoClient build() {
            return new SsoClient(this);
        }
    }
}
