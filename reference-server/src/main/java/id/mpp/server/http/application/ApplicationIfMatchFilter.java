package id.mpp.server.http.application;

import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * {@code 428 precondition-required} for cancelling, revising or moving an application without {@code If-Match}
 * (APP-025): the generated interface declares the header required, which alone would answer 400. After security (no
 * token answers 401, a missing scope 403) and before the idempotency filter (nothing is stored on 428); it does not
 * touch the body, which the idempotency filter reads.
 */
@ServerFilter(patterns = {"/v1/applications/*/cancellation", "/v1/applications/*/revisions",
    "/v1/applications/*/transitions"}, methods = HttpMethod.POST)
final class ApplicationIfMatchFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    void require(HttpRequest<?> request) {
        String ifMatch = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.application.precondition-required");
        }
    }
}
