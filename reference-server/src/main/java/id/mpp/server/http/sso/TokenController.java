package id.mpp.server.http.sso;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.identity.ClientAuthenticator;
import id.mpp.server.identity.TokenGrants;
import id.mpp.server.identity.TokenResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The token endpoint ({@code requestToken}), written by hand because form fields with underscores do not bind
 * through a generated interface: authenticates the client by its registered method, then answers the grant
 * through {@link TokenGrants} ({@code client_credentials}, {@code refresh_token}, {@code authorization_code}).
 * Every answer carries {@code Cache-Control: no-store}, a success also {@code Pragma: no-cache} (SSO-036); errors
 * are {@code OAuthError}s ({@link OAuthErrorHandler}).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {
    private final ClientAuthenticator clients;
    private final TokenGrants grants;

    TokenController(ClientAuthenticator clients, TokenGrants grants) {
        this.clients = clients;
        this.grants = grants;
    }

    @Post("/v1/sso/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> token(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Body("grant_type") String grantType,
            @Nullable @Body("client_id") String clientId,
            @Nullable @Body("client_secret") String clientSecret,
            @Nullable @Body("client_assertion_type") String assertionType,
            @Nullable @Body("client_assertion") String assertion,
            @Nullable @Body("code") String code,
            @Nullable @Body("redirect_uri") String redirectUri,
            @Nullable @Body("code_verifier") String codeVerifier,
            @Nullable @Body("refresh_token") String refreshToken,
            @Nullable @Body("scope") String scope) {
        Client client = clients.authenticate(
                ClientRequest.credentials(authorization, clientId, clientSecret, assertionType, assertion));
        TokenResponse answer = grants.grant(client, grantType, new TokenGrants.TokenForm(
                ClientRequest.blankToNull(code), ClientRequest.blankToNull(redirectUri),
                ClientRequest.blankToNull(codeVerifier), ClientRequest.blankToNull(refreshToken),
                ClientRequest.blankToNull(scope)));
        return HttpResponse.ok(body(answer)).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }

    private static Map<String, Object> body(TokenResponse answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", answer.accessToken());
        body.put("token_type", answer.tokenType());
        body.put("expires_in", answer.expiresIn());
        if (answer.refreshToken() != null) {
            body.put("refresh_token", answer.refreshToken());
        }
        if (answer.idToken() != null) {
            body.put("id_token", answer.idToken());
        }
        body.put("scope", answer.scope());
        return body;
    }
}
