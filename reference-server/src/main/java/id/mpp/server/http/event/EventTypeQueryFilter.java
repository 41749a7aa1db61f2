package id.mpp.server.http.event;

import id.mpp.server.generated.model.EventType;
import id.mpp.server.http.problem.ProblemException;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * An unknown value in listEvents' {@code type} answers {@code 400 validation-error} at {@code #/query/type} with the
 * code UNKNOWN (EVT-009): the generated enum converter would otherwise fail the binding with a 500.
 */
@ServerFilter(patterns = "/v1/events", methods = HttpMethod.GET)
final class EventTypeQueryFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        for (String value : request.getParameters().getAll("type")) {
            for (String name : value.split(",", -1)) {
                try {
                    EventType type = EventType.fromValue(name.trim());
                    if (type == null) {
                        throw ProblemException.invalid("#/query/type", "UNKNOWN");
                    }
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("#/query/type", "UNKNOWN");
                }
            }
        }
    }
}
