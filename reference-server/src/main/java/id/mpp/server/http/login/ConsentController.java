package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.AuthorizationRequest;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.http.Language;
import id.mpp.server.storage.session.PendingRequest;
import id.mpp.server.storage.session.StoredSession;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/**
 * {@code POST /v1/sso/consent}: Allow records the scopes granted to the client (asked once, SSO-016) and redirects
 * with a code; the {@code nik} scope only when its box was ticked. Deny redirects with {@code access_denied}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ConsentController {
    private final AuthorizationFlow flow;
    private final PendingRequests pending;
    private final SsoSessions sessions;
    private final Consents consents;

    ConsentController(AuthorizationFlow flow, PendingRequests pending, SsoSessions sessions, Consents consents) {
        this.flow = flow;
        this.pending = pending;
        this.sessions = sessions;
        this.consents = consents;
    }

    @Post(uri = LoginPages.CONSENT_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/problem+json"})
    MutableHttpResponse<String> consent(HttpRequest<?> http, @Nullable @Body("request") String reference,
            @Nullable @Body("csrf_token") String csrfToken, @Nullable @Body("decision") String decision,
            @Nullable @Body("scope") String scope) {
        Optional<PendingRequest> waiting = pending.check(http, PendingRequest.AUTHORIZE, reference, csrfToken);
        if (waiting.isEmpty() || !("allow".equals(decision) || "deny".equals(decision))) {
            return LoginController.expired(http);
        }
        String rawQuery = waiting.get().query();
        AuthorizationFlow.Checked checked = flow.check(http, rawQuery);
        if (checked instanceof AuthorizationFlow.Checked.Refused refused) {
            pending.finish(reference);
            return refused.response();
        }
        AuthorizationRequest request = ((AuthorizationFlow.Checked.Ok) checked).request();
        PendingRequests.Page page = new PendingRequests.Page(reference, csrfToken, null);
        Optional<StoredSession> session = sessions.current(http);
        if (session.isEmpty()) {
            return flow.decide(http, request, rawQuery, null, false, page); // signed out meanwhile: the login page
        }
        if (!pending.finish(reference)) {
            return LoginController.expired(http); // answered already by another POST
        }
        if ("deny".equals(decision)) {
            return flow.errorRedirect(request, OAuthErrorCode.ACCESS_DENIED, "The user declined the request.");
        }
        Scopes allowed = "nik".equals(scope) ? request.scopes() : request.scopes().minus(Scopes.of(Scopes.NIK));
        Scopes granted = consents.grant(session.get().accountId(), request.client().clientId(), allowed,
                Language.of(http));
        return flow.codeRedirect(request, SsoSessions.toDomain(session.get()), request.scopes().intersect(granted));
    }
}
