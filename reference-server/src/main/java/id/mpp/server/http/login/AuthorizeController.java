package id.mpp.server.http.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** {@code GET /v1/sso/authorize} ({@code authorize}): the start of a sign-in (SSO-010 to SSO-017). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthorizeController {
    private final AuthorizationFlow flow;

    AuthorizeController(AuthorizationFlow flow) {
        this.flow = flow;
    }

    @Get(uri = "/v1/sso/authorize",
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/problem+json"})
    MutableHttpResponse<String> authorize(HttpRequest<?> request) {
        return flow.authorize(request);
    }
}
