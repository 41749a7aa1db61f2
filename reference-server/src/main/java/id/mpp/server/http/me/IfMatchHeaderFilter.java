package id.mpp.server.http.me;

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
 * {@code 428 precondition-required} for deleting the own account or checking its NIK without {@code If-Match}
 * (GEN-014), like {@link IfMatchRequiredFilter} for PATCH but without touching the body, which the idempotency
 * filter of these POSTs reads.
 */
@ServerFilter(patterns = {"/v1/me", "/v1/me/nik-verification"}, methods = {HttpMethod.DELETE, HttpMethod.POST})
final class IfMatchHeaderFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    void require(HttpRequest<?> request) {
        if (request.getHeaders().get(HttpHeaders.IF_MATCH) == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.precondition-required");
        }
    }
}
