package id.mpp.sdk.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.SdkVersion;
import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.errors.MppTransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One OAuth client talking to the provider's token, revocation and introspection endpoints with its
 * {@link ClientAuthentication}.
 *
 * <p>These endpoints take {@code application/x-www-form-urlencoded} bodies and answer RFC 6749 errors, so they
 * are called directly over {@link HttpClient} (HTTP/1.1 by default), not through the API pipeline; they are
 * never retried, because codes and refresh tokens are single-use. Immutable and thread-safe; build it with
 * {@link #builder()}, or let {@code SsoClient} build it from the provider's discovery document.
 */
public final class OAuthClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientAuthentication authentication;
    private final URI tokenEndpoint;
    private final URI revocationEndpoint;
    private final URI introspectionEndpoint;
    private final HttpClient httpClient;
    private final Clock clock;
    private final Duration requestTimeout;

    private OAuthClient(Builder builder) {
        this.authentication = Objects.requireNonNull(builder.authentication, "clientAuthentication");
        this.tokenEndpoint = Objects.requireNonNull(builder.tokenEndpoint, "tokenEndpoint");
        this.revocationEndpoint = builder.revocationEndpoint;
        this.introspectionEndpoint = builder.introspectionEndpoint;
        this.httpClient = builder.httpClient != null ? builder.httpClient : defaultHttpClient();
        this.clock = builder.clock;
        this.requestTimeout = builder.requestTimeout;
    }

    /** Starts building a client. */
    public static Builder builder() {
        return new Builder();
    }

    /** An {@link HttpClient} as the SDK uses it by default: HTTP/1.1, no redirects, a 10-second connect timeout. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The client's registered ID. */
    public String clientId() {
        return authentication.clientId();
    }

    /** The provider's token endpoint. */
    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** The clock that stamps received tokens. */
    public Clock clock() {
        return clock;
    }

    /**
     * Fetches a token for the client itself ({@code grant_type=client_credentials}).
     *
     * @param scopes the scopes wanted; none means every scope registered for the client
     * @throws OAuthException when the provider refuses
     */
    public TokenSet clientCredentials(Collection<String> scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (!scopes.isEmpty()) {
            form.put("scope", String.join(" ", scopes));
        }
        return requestToken(form);
    }

    /**
     * Redeems an authorization code ({@code grant_type=authorization_code}) with its PKCE verifier.
     *
     * @param redirectUri exactly the {@code redirect_uri} of the authorization request
     * @throws OAuthException when the provider refuses ({@code invalid_grant} for a used or expired code)
     */
    public TokenSet authorizationCode(String code, URI redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", Forms.requireText(code, "code"));
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", Forms.requireText(codeVerifier, "codeVerifier"));
        return requestToken(form);
    }

    /**
     * Uses a refresh token ({@code grant_type=refresh_token}). The provider rotates refresh tokens: the answer
     * holds a new one, and the one sent must never be sent again.
     *
     * @throws OAuthException when the provider refuses ({@code invalid_grant} for a spent or revoked token)
     */
    public TokenSet refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", Forms.requireText(refreshToken, "refreshToken"));
        return requestToken(form);
    }

    /**
     * Sends any token request with the client's authentication and reads the tokens of the answer.
     *
     * @param form the grant's form fields, {@code grant_type} included
     * @throws OAuthException when the provider refuses
     */
    public TokenSet requestToken(Map<String, String> form) {
        HttpResponse<String> response = post(tokenEndpoint, form);
        if (response.statusCode() != 200) {
            throw OAuthErrors.from(response);
        }
        return TokenResponses.parse(body(response, "token endpoint"), clock.instant());
    }

    /**
     * Revokes an access or refresh token (RFC 7009). Revoking a refresh token also ends the access tokens of
     * the same sign-in. The provider answers the same for unknown and already revoked tokens.
     *
     * @param tokenTypeHint {@code access_token}, {@code refresh_token}, or {@code null}
     * @throws IllegalStateException when the client was built without a revocation endpoint
     * @throws OAuthException when the provider refuses (for example a token of another client)
     */
    public void revoke(String token, String tokenTypeHint) {
        if (revocationEndpoint == null) {
            throw new IllegalStateException("No revocation endpoint is configured");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", Forms.requireText(token, "token"));
        if (tokenTypeHint != null) {
            form.put("token_type_hint", tokenTypeHint);
        }
        HttpResponse<String> response = post(revocationEndpoint, form);
        if (response.statusCode() != 200) {
            throw OAuthErrors.from(response);
        }
    }

    /**
     * Asks the provider about a token (RFC 7662); only confidential clients registered for it may.
     *
     * @param tokenTypeHint {@code access_token}, {@code refresh_token}, or {@code null}
     * @throws IllegalStateException when the client was built without an introspection endpoint
     * @throws OAuthException when the provider refuses
     */
    public TokenIntrospection introspect(String token, String tokenTypeHint) {
        if (introspectionEndpoint == null) {
            throw new IllegalStateException("No introspection endpoint is configured");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", Forms.requireText(token, "token"));
        if (tokenTypeHint != null) {
            form.put("token_type_hint", tokenTypeHint);
        }
        HttpResponse<String> response = post(introspectionEndpoint, form);
        if (response.statusCode() != 200) {
            throw OAuthErrors.from(response);
        }
        return TokenIntrospection.of(body(response, "introspection endpoint"));
    }

    private HttpResponse<String> post(URI endpoint, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", SdkVersion.userAgent());
        authentication.authenticate(tokenEndpoint, form, request);
        request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Forms.encode(form)));
        try {
            return httpClient.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MppTransportException("POST " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MppTransportException("POST " + endpoint + " was interrupted", e);
        }
    }

    private static JsonNode body(HttpResponse<String> response, String what) {
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body == null || !body.isObject()) {
                throw new MppException("The " + what + " answered a body that is not a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new MppException("The " + what + " answered a body that is not JSON: " + e.getMessage(), e);
        }
    }

    /** Builds {@link OAuthClient}. */
    public static final class Builder {

        private ClientAuthentication authentication;
        private URI tokenEndpoint;
        private URI revocationEndpoint;
        private URI introspectionEndpoint;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Duration requestTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Sets how the client authenticates; required. */
        public Builder clientAuthentication(ClientAuthentication authentication) {
            this.authentication = authentication;
            return this;
        }

        /** Sets the provider's token endpoint; required. */
        public Builder tokenEndpoint(URI tokenEndpoint) {
            this.tokenEndpoint = tokenEndpoint;
            return this;
        }

        /** Sets the provider's revocation endpoint, needed by {@link OAuthClient#revoke}. */
        public Builder revocationEndpoint(URI revocationEndpoint) {
            this.revocationEndpoint = revocationEndpoint;
            return this;
        }

        /** Sets the provider's introspection endpoint, needed by {@link OAuthClient#introspect}. */
        public Builder introspectionEndpoint(URI introspectionEndpoint) {
            this.introspectionEndpoint = introspectionEndpoint;
            return this;
        }

        /** Sets the HTTP client; {@link OAuthClient#defaultHttpClient()} by default. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Sets the clock that stamps received tokens; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the timeout of each request; 30 seconds by default. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Builds the client. */
        public OAuthClient build() {
            return new OAuthClient(this);
        }
    }

    /** Reads a successful token response (RFC 6749 §5.1). */
    static final class TokenResponses {

        private TokenResponses() {
        }

        static TokenSet parse(JsonNode body, Instant now) {
            String accessToken = text(body, "access_token");
            if (accessToken == null) {
                throw new MppException("The token endpoint answered no access_token");
            }
            String tokenType = text(body, "token_type");
            if (tokenType == null || !tokenType.equalsIgnoreCase("Bearer")) {
                throw new MppException("The token endpoint answered token_type " + tokenType + "; only Bearer is supported");
            }
            Instant expiresAt = null;
            JsonNode expiresIn = body.get("expires_in");
            if (expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0) {
                expiresAt = now.plusSeconds(expiresIn.asLong());
            }
            String scope = text(body, "scope");
            List<String> scopes = scope == null || scope.isBlank()
                    ? List.of() : new ArrayList<>(Arrays.asList(scope.trim().split(" +")));
            return TokenSet.builder()
                    .accessToken(accessToken)
                    .tokenType("Bearer")
                    .issuedAt(now)
                    .expiresAt(expiresAt)
                    .refreshToken(text(body, "refresh_token"))
                    .idToken(text(body, "id_token"))
                    .scopes(scopes)
                    .build();
        }

        private static String text(JsonNode body, String name) {
            JsonNode value = body.get(name);
            return value != null && value.isTextual() ? value.asText() : null;
        }
    }
}
