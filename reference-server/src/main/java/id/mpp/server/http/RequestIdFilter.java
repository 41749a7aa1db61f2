package id.mpp.server.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;

/**
 * Gives every request its ID (GEN-007): the client's {@code X-Request-Id} when valid, otherwise a new one, which
 * then replaces the invalid header so that no operation refuses it. The ID goes into the logs' MDC
 * ({@code request_id}) and into every response's {@code X-Request-Id}; problem bodies repeat it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    private final RequestIdGenerator generator;

    RequestIdFilter(RequestIdGenerator generator) {
        this.generator = generator;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    void assignId(MutableHttpRequest<?> request, MutablePropagatedContext context) {
        String sent = request.getHeaders().get(RequestIds.HEADER);
        String id = RequestIds.isValid(sent) ? sent : generator.next();
        if (!id.equals(sent)) {
            request.getHeaders().set(RequestIds.HEADER, id);
        }
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, id)));
    }

    @ResponseFilter
    void echoId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = RequestIds.of(request);
        if (id != null) {
            response.getHeaders().set(RequestIds.HEADER, id);
        }
    }
}
