package id.mpp.server.http.event;

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
 * {@code 428 precondition-required} for deleting a webhook subscription or rotating its secret without
 * {@code If-Match} (EVT-022), without touching the body (the idempotency filter reads the rotation's).
 */
@ServerFilter(patterns = {"/v1/webhook-subscriptions/*", "/v1/webhook-subscriptions/*/secret-rotation"},
        methods = {HttpMethod.DELETE, HttpMethod.POST})
final class WebhookIfMatchHeaderFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    void require(HttpRequest<?> request) {
        String path = request.getPath();
        boolean delete = request.getMethod() == HttpMethod.DELETE && !path.endsWith("/secret-rotation");
        boolean rotate = request.getMethod() == HttpMethod.POST && path.endsWith("/secret-rotation");
        if ((delete || rotate) && request.getHeaders().get(HttpHeaders.IF_MATCH) == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.subscription-precondition-required");
        }
    }
}
