package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.http.Language;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.identity.IdTokenHintVerifier;
import id.mpp.server.storage.session.PendingRequest;
import id.mpp.server.storage.session.StoredSession;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Objects;
import java.util.Optional;

/**
 * RP-initiated logout ({@code logout}): {@code GET /v1/sso/logout} ends the browser's SSO session at once with a
 * valid {@code id_token_hint} of that session, and otherwise asks for confirmation ({@code POST
 * /v1/sso/logout/confirm}), so that a link cannot sign anyone out. Then a redirect to the registered
 * {@code post_logout_redirect_uri} with {@code state}, or the provider's "signed out" page.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LogoutController {
    private final IdTokenHintVerifier hints;
    private final ClientDirectory clients;
    private final SsoSessions sessions;
    private final PendingRequests pending;
    private final LoginCookies cookies;

    LogoutController(IdTokenHintVerifier hints, ClientDirectory clients, SsoSessions sessions,
            PendingRequests pending, LoginCookies cookies) {
        this.hints = hints;
        this.clients = clients;
        this.sessions = sessions;
        this.pending = pending;
        this.cookies = cookies;
    }

    @Get(uri = "/v1/sso/logout",
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/problem+json"})
    MutableHttpResponse<String> logout(HttpRequest<?> http) {
        String rawQuery = http.getUri().getRawQuery() == null ? "" : http.getUri().getRawQuery();
        Object checked = LogoutRequest.check(Query.parse(rawQuery), hints, clients);
        if (checked instanceof LogoutRequest.Refusal refusal) {
            return refuse(http, refusal);
        }
        LogoutRequest logout = (LogoutRequest) checked;
        Language lang = PageResponses.language(logout.uiLocales(), http);
        Optional<StoredSession> session = sessions.current(http);
        if (session.isEmpty()) {
            return finish(http, lang, logout);
        }
        if (logout.hint() != null && (Objects.equals(logout.hint().sessionId(), session.get().sessionId())
                || logout.hint().subject().equals(session.get().accountId()))) {
            return finish(http, lang, logout);
        }
        if (rawQuery.length() > AuthorizationFlow.MAX_QUERY) {
            return refuse(http, new LogoutRequest.Refusal("id_token_hint", "TOO_LONG"));
        }
        PendingRequests.Page page = pending.create(http, PendingRequest.LOGOUT, rawQuery);
        MutableHttpResponse<String> response = PageResponses.html(HttpStatus.OK, lang,
                LoginPages.logoutConfirm(lang, page.reference(), page.csrfToken()));
        page.setCookie(cookies, response);
        return response;
    }

    @Post(uri = LoginPages.LOGOUT_CONFIRM_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/problem+json"})
    MutableHttpResponse<String> confirm(HttpRequest<?> http, @Nullable @Body("request") String reference,
            @Nullable @Body("csrf_token") String csrfToken, @Nullable @Body("decision") String decision) {
        Optional<PendingRequest> waiting = pending.check(http, PendingRequest.LOGOUT, reference, csrfToken);
        if (waiting.isEmpty() || !pending.finish(reference)) {
            return LoginController.expired(http);
        }
        Object checked = LogoutRequest.check(Query.parse(waiting.get().query()), hints, clients);
        if (checked instanceof LogoutRequest.Refusal refusal) {
            return refuse(http, refusal);
        }
        LogoutRequest logout = (LogoutRequest) checked;
        Language lang = PageResponses.language(logout.uiLocales(), http);
        if ("logout".equals(decision)) {
            return finish(http, lang, logout);
        }
        return PageResponses.message(HttpStatus.OK, lang, http, "logout.title", "logout.title", "stayed.message");
    }

    /** Ends the session and answers with the redirect or the "signed out" page. */
    private MutableHttpResponse<String> finish(HttpRequest<?> http, Language lang, LogoutRequest logout) {
        String location = logout.afterLogout();
        MutableHttpResponse<String> response = location != null ? PageResponses.redirect(location)
                : PageResponses.message(HttpStatus.OK, lang, http, "logout.title", "logout.title",
                        "signedout.message");
        sessions.end(http, response);
        return response;
    }

    private static MutableHttpResponse<String> refuse(HttpRequest<?> http, LogoutRequest.Refusal refusal) {
        String accept = http.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            return PageResponses.message(HttpStatus.BAD_REQUEST, Language.of(http), http, "invalid.title",
                    "invalid.title", "invalid.logout");
        }
        throw ProblemException.invalid("#/query/" + refusal.parameter(), refusal.code());
    }
}
