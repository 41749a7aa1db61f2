package id.mpp.server.http.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.http.BodyReadingFilters;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * {@code 428 precondition-required} for updating a webhook subscription without {@code If-Match} (EVT-022): the
 * generated interface declares the header required, which alone would answer 400. For the merge patch it also keeps
 * the body as a JSON tree ({@link #PATCH}), because the generated {@code WebhookSubscriptionPatch} cannot tell an
 * absent member from {@code null} (EVT-023). PATCH only: it is the one filter reading this request's body (the
 * idempotency filter reads POST bodies only). Runs after security, and hands
 * the request on as {@link BodyReadingFilters} says a body-reading filter must.
 */
@ServerFilter(patterns = "/v1/webhook-subscriptions/*", methods = HttpMethod.PATCH)
final class WebhookPreconditionFilter implements Ordered {
    static final String PATCH = "mpp.events.patch";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    Publisher<HttpResponse<?>> require(HttpRequest<?> request, @Body @Nullable byte[] body,
            FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        if (request.getHeaders().get(HttpHeaders.IF_MATCH) == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.subscription-precondition-required");
        }
        if (body != null && body.length > 0) {
            try {
                JsonNode patch = JSON.readTree(body);
                if (patch != null) {
                    request.setAttribute(PATCH, patch);
                }
            } catch (IOException e) {
                // Unreadable: the body binding answers 400 malformed-request.
            }
        }
        // The chain goes on in a task of its own on the event loop (see BodyReadingFilters).
        return Mono.defer(() -> Mono.from(continuation.proceed())).subscribeOn(BodyReadingFilters.eventLoop(request));
    }
}
