package id.mpp.server.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request, key=value, with its request ID: method, path, status and duration. The query string
 * is not logged (it may carry personal data); nor are headers or bodies.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AccessLogFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger("mpp.access");
    private static final String STARTED = "mpp.started-nanos";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void log(HttpRequest<?> request, HttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long millis = request.getAttribute(STARTED, Long.class)
                .map(started -> (System.nanoTime() - started) / 1_000_000)
                .orElse(-1L);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, RequestIds.of(request))) {
            LOG.info("method={} path={} status={} duration_ms={}", request.getMethodName(), request.getPath(),
                    response.code(), millis);
        }
    }
}
