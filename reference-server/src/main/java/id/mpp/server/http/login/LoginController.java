package id.mpp.server.http.login;

import id.mpp.server.domain.oauth.AuthorizationRequest;
import id.mpp.server.http.Language;
import id.mpp.server.storage.session.PendingRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/**
 * {@code POST /v1/sso/login}: the login form (fields {@code username}, a NIK or an e-mail address, and
 * {@code password}). Wrong credentials show the form again with one generic message; too many failures answer
 * 429 with {@code Retry-After}; success starts an SSO session and continues the request (consent or code).
 * Runs on a blocking thread: the password check is PBKDF2.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LoginController {
    private final AuthorizationFlow flow;
    private final PendingRequests pending;
    private final PasswordLogin passwords;
    private final SsoSessions sessions;
    private final HttpClientAddressResolver addresses;

    LoginController(AuthorizationFlow flow, PendingRequests pending, PasswordLogin passwords, SsoSessions sessions,
            HttpClientAddressResolver addresses) {
        this.flow = flow;
        this.pending = pending;
        this.passwords = passwords;
        this.sessions = sessions;
        this.addresses = addresses;
    }

    @Post(uri = LoginPages.LOGIN_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/problem+json"})
    MutableHttpResponse<String> login(HttpRequest<?> http, @Nullable @Body("request") String reference,
            @Nullable @Body("csrf_token") String csrfToken, @Nullable @Body("username") String username,
            @Nullable @Body("password") String password) {
        Optional<PendingRequest> waiting = pending.check(http, PendingRequest.AUTHORIZE, reference, csrfToken);
        if (waiting.isEmpty()) {
            return expired(http);
        }
        String rawQuery = waiting.get().query();
        AuthorizationFlow.Checked checked = flow.check(http, rawQuery);
        if (checked instanceof AuthorizationFlow.Checked.Refused refused) {
            pending.finish(reference);
            return refused.response();
        }
        AuthorizationRequest request = ((AuthorizationFlow.Checked.Ok) checked).request();
        Language lang = PageResponses.language(request, http);
        PendingRequests.Page page = new PendingRequests.Page(reference, csrfToken, null);
        PasswordLogin.Result result = passwords.attempt(username, password, addresses.resolve(http));
        if (result instanceof PasswordLogin.Result.Throttled throttled) {
            return PageResponses.message(HttpStatus.TOO_MANY_REQUESTS, lang, http, "throttled.title",
                    "throttled.title", "throttled.message", throttled.retryAfterSeconds())
                    .header("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
        }
        if (result instanceof PasswordLogin.Result.Success success) {
            SsoSessions.Started started = sessions.start(http, success.account());
            MutableHttpResponse<String> response = flow.decide(http, request, rawQuery, started.session(), true, page);
            sessions.setCookie(response, started);
            return response;
        }
        String keep = username != null && username.indexOf('@') > 0 && username.length() <= 254 ? username.trim() : null;
        return flow.loginPage(HttpStatus.OK, lang, request, page, keep, true);
    }

    static MutableHttpResponse<String> expired(HttpRequest<?> http) {
        return PageResponses.message(HttpStatus.FORBIDDEN, Language.of(http), http, "expired.title", "expired.title",
                "expired.message");
    }
}
