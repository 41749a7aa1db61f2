package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.AuthorizationCodeService;
import id.mpp.server.domain.oauth.AuthorizationRequest;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.Accepted;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.CannotRedirect;
import id.mpp.server.domain.oauth.AuthorizationRequestOutcome.ErrorRedirect;
import id.mpp.server.domain.oauth.AuthorizationRequestValidator;
import id.mpp.server.domain.oauth.AuthorizationResponseUri;
import id.mpp.server.domain.oauth.OAuthErrorCode;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.oauth.SessionDecision;
import id.mpp.server.domain.oauth.SsoSession;
import id.mpp.server.domain.oauth.SsoSessionPolicy;
import id.mpp.server.http.Language;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.storage.session.PendingRequest;
import id.mpp.server.storage.session.StoredSession;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * An authorization request from the first GET to the code: validation (never a redirect to an unregistered URI,
 * SSO-011, SSO-012), the session policy (login page, consent page, code or error: SSO-015 to SSO-017), and the
 * code bound to the client, redirect URI, PKCE challenge, nonce, scopes, {@code auth_time} and {@code acr}.
 */
@Singleton
class AuthorizationFlow {
    /** The longest query kept for a pending request (the column's size). */
    static final int MAX_QUERY = 8000;

    private final AuthorizationRequestValidator validator;
    private final SsoSessionPolicy policy;
    private final AuthorizationCodeService codes;
    private final AuthorizationResponseUri responses;
    private final PendingRequests pending;
    private final SsoSessions sessions;
    private final Consents consents;
    private final LoginCookies cookies;

    AuthorizationFlow(AuthorizationRequestValidator validator, SsoSessionPolicy policy, AuthorizationCodeService codes,
            AuthorizationResponseUri responses, PendingRequests pending, SsoSessions sessions, Consents consents,
            LoginCookies cookies) {
        this.validator = validator;
        this.policy = policy;
        this.codes = codes;
        this.responses = responses;
        this.pending = pending;
        this.sessions = sessions;
        this.consents = consents;
        this.cookies = cookies;
    }

    /** The outcome of a request's query, and the response when it is not accepted. */
    sealed interface Checked {
        record Ok(AuthorizationRequest request) implements Checked {}

        record Refused(MutableHttpResponse<String> response) implements Checked {}
    }

    Checked check(HttpRequest<?> http, String rawQuery) {
        Map<String, java.util.List<String>> parameters = Query.parse(rawQuery);
        AuthorizationRequestOutcome outcome = validator.validate(parameters);
        if (outcome instanceof CannotRedirect refused) {
            return new Checked.Refused(cannotRedirect(http, refused,
                    PageResponses.language(java.util.List.of(), http)));
        }
        if (outcome instanceof ErrorRedirect error) {
            return new Checked.Refused(PageResponses.redirect(
                    responses.error(error.redirectUri(), error.error(), error.description(), error.state())));
        }
        AuthorizationRequest request = ((Accepted) outcome).request();
        if (rawQuery.length() > MAX_QUERY) {
            return new Checked.Refused(errorRedirect(request, OAuthErrorCode.INVALID_REQUEST, "The request is too long."));
        }
        return new Checked.Ok(request);
    }

    /** {@code GET /v1/sso/authorize}. */
    MutableHttpResponse<String> authorize(HttpRequest<?> http) {
        String rawQuery = http.getUri().getRawQuery() == null ? "" : http.getUri().getRawQuery();
        Checked checked = check(http, rawQuery);
        if (checked instanceof Checked.Refused refused) {
            return refused.response();
        }
        AuthorizationRequest request = ((Checked.Ok) checked).request();
        return decide(http, request, rawQuery, sessions.current(http).orElse(null), false, null);
    }

    /**
     * Applies the session policy to an accepted request and answers it: a page (creating the pending request
     * unless {@code page} continues one), a code or an error redirect (ending {@code page}).
     */
    MutableHttpResponse<String> decide(HttpRequest<?> http, AuthorizationRequest request, String rawQuery,
            StoredSession session, boolean justAuthenticated, PendingRequests.Page page) {
        SsoSession sso = session == null ? null : SsoSessions.toDomain(session);
        Scopes granted = session == null ? Scopes.empty()
                : consents.granted(session.accountId(), request.client().clientId());
        SessionDecision decision = policy.decide(request, sso, granted, justAuthenticated);
        Language lang = PageResponses.language(request, http);
        if (decision instanceof SessionDecision.RedirectError error) {
            finish(page);
            return errorRedirect(request, error.error(), error.description());
        }
        if (decision instanceof SessionDecision.IssueCode issue) {
            finish(page);
            return codeRedirect(request, issue.session(), request.scopes());
        }
        PendingRequests.Page shown = page != null ? page : pending.create(http, PendingRequest.AUTHORIZE, rawQuery);
        MutableHttpResponse<String> response;
        if (decision instanceof SessionDecision.ShowConsent consent) {
            response = PageResponses.html(HttpStatus.OK, lang, LoginPages.consent(lang, shown.reference(),
                    shown.csrfToken(), request.client().name(), consent.toConsent()));
        } else {
            response = loginPage(HttpStatus.OK, lang, request, shown, request.loginHint(), false);
        }
        shown.setCookie(cookies, response);
        return response;
    }

    MutableHttpResponse<String> loginPage(HttpStatus status, Language lang, AuthorizationRequest request,
            PendingRequests.Page page, String username, boolean failed) {
        return PageResponses.html(status, lang, LoginPages.login(lang, page.reference(), page.csrfToken(),
                request.client().name(), username, failed, !request.acrValues().isEmpty()));
    }

    MutableHttpResponse<String> codeRedirect(AuthorizationRequest request, SsoSession session, Scopes scopes) {
        String code = codes.issue(request, session, scopes);
        return PageResponses.redirect(responses.success(request.redirectUri(), code, request.state()));
    }

    MutableHttpResponse<String> errorRedirect(AuthorizationRequest request, OAuthErrorCode error, String description) {
        return PageResponses.redirect(responses.error(request.redirectUri(), error, description, request.state()));
    }

    private void finish(PendingRequests.Page page) {
        if (page != null) {
            pending.finish(page.reference());
        }
    }

    /**
     * The client or its redirect URI is not established (SSO-011): an HTML page for a browser, a
     * {@code validation-error} problem otherwise; never a redirect.
     */
    static MutableHttpResponse<String> cannotRedirect(HttpRequest<?> http, CannotRedirect refused, Language lang) {
        String accept = http.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            String key = "client_id".equals(refused.parameter()) ? "invalid.client_id" : "invalid.redirect_uri";
            return PageResponses.message(HttpStatus.BAD_REQUEST, lang, http, "invalid.title", "invalid.heading", key);
        }
        String code = switch (refused.code()) {
            case "MISSING" -> "REQUIRED";
            case "REPEATED" -> "INVALID";
            default -> refused.code();
        };
        throw ProblemException.invalid("#/query/" + refused.parameter(), code);
    }
}
