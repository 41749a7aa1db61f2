package id.mpp.server.http.me;

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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * {@code 428 precondition-required} for a change of the own account without {@code If-Match} (GEN-015): the
 * generated interfaces declare the header required, which alone would answer 400. Runs after security (a request
 * without a valid token answers 401 first) and before the idempotency filter (nothing is stored on 428). For a
 * merge patch it also notes the body's member names ({@link MergePatch}), and hands the request on as
 * {@link BodyReadingFilters} says a body-reading filter must. Only PATCH binds
 * the body here: a POST already has the idempotency filter reading it, and two filters subscribing to one request
 * body broke Micronaut's shared body buffer; {@link IfMatchHeaderFilter} covers the other methods.
 */
@ServerFilter(patterns = "/v1/me", methods = HttpMethod.PATCH)
final class IfMatchRequiredFilter implements Ordered {
    static final String PATCH_MEMBERS = "mpp.me.patch-members";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    Publisher<HttpResponse<?>> require(HttpRequest<?> request, @Body @Nullable byte[] body,
            FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        if (request.getHeaders().get(HttpHeaders.IF_MATCH) == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.precondition-required");
        }
        if (request.getMethod() == HttpMethod.PATCH && body != null && body.length > 0) {
            try {
                JsonNode patch = JSON.readTree(body);
                if (patch != null && patch.isObject()) {
                    List<String> members = new ArrayList<>();
                    for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
                        members.add(names.next());
                    }
                    request.setAttribute(PATCH_MEMBERS, new MergePatch(members));
                }
            } catch (IOException e) {
                // Unreadable: the body binding answers 400 malformed-request.
            }
        }
        // The chain goes on in a task of its own on the event loop (see BodyReadingFilters).
        return Mono.defer(() -> Mono.from(continuation.proceed())).subscribeOn(BodyReadingFilters.eventLoop(request));
    }
}
