package id.mpp.server.http.sso;

import id.mpp.server.config.IntrospectionPermissions;
import id.mpp.server.domain.oauth.Client;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.OAuthException;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.identity.ClientAuthenticator;
import id.mpp.server.identity.TokenIntrospection;
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
import java.util.Map;

/**
 * The introspection endpoint ({@code introspectToken}, RFC 7662, SSO-080 to SSO-082): confidential clients only
 * ({@code 401 invalid_client} otherwise, public clients included), {@code 403 forbidden} for a client whose
 * {@code mpp.clients.<id>.introspection} is false; an active visible token is described, anything else is
 * exactly {@code {"active": false}}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class IntrospectionController {
    private final ClientAuthenticator clients;
    private final TokenIntrospection introspection;
    private final IntrospectionPermissions permissions;

    IntrospectionController(ClientAuthenticator clients, TokenIntrospection introspection,
            IntrospectionPermissions permissions) {
        this.clients = clients;
        this.introspection = introspection;
        this.permissions = permissions;
    }

    @Post("/v1/sso/introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> introspect(
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Body("token") String token,
            @Nullable @Body("token_type_hint") String tokenTypeHint,
            @Nullable @Body("client_id") String clientId,
            @Nullable @Body("client_secret") String clientSecret,
            @Nullable @Body("client_assertion_type") String assertionType,
            @Nullable @Body("client_assertion") String assertion) {
        Client client = clients.authenticate(
                ClientRequest.credentials(authorization, clientId, clientSecret, assertionType, assertion));
        if (client.isPublic()) {
            throw new OAuthException(OAuthErrorCode.INVALID_CLIENT, "Public clients may not introspect tokens.");
        }
        if (!permissions.mayIntrospect(client.clientId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.forbidden");
        }
        return HttpResponse.ok(introspection.introspect(client, ClientRequest.blankToNull(token)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
