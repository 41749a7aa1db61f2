package id.mpp.server.http.sso;

import id.mpp.server.domain.oauth.Client;
import id.mpp.server.identity.ClientAuthenticator;
import id.mpp.server.identity.TokenRevocationService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The revocation endpoint ({@code revokeToken}, RFC 7009, SSO-070 to SSO-072): 200 with an empty body whatever
 * the token was, unless it belongs to another client; {@code token_type_hint} is accepted and not needed.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RevocationController {
    private final ClientAuthenticator clients;
    private final TokenRevocationService revocations;

    RevocationController(ClientAuthenticator clients, TokenRevocationService revocations) {
        this.clients = clients;
        this.revocations = revocations;
    }

    @Post("/v1/sso/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<Void> revoke(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Body("token") String token,
            @Nullable @Body("token_type_hint") String tokenTypeHint,
            @Nullable @Body("client_id") String clientId,
            @Nullable @Body("client_secret") String clientSecret,
            @Nullable @Body("client_assertion_type") String assertionType,
            @Nullable @Body("client_assertion") String assertion) {
        Client client = clients.authenticate(
                ClientRequest.credentials(authorization, clientId, clientSecret, assertionType, assertion));
        revocations.revoke(client, ClientRequest.blankToNull(token));
        return HttpResponse.<Void>ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
