package id.mpp.server.http.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Every error response is a problem, also for a browser that accepts only HTML (the framework's default would
 * answer an HTML page), and its status is the status of its problem type (GEN-001). A 401 carries a Bearer
 * challenge (GEN-019, RFC 6750) unless the authentication code set a more precise one.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemDetails> {

    /** RFC 6750 §3: a request without a token gets the scheme and realm only, no error code. */
    static final String BEARER_CHALLENGE = "Bearer realm=\"mpp-digital\"";

    private final ProblemResponseBodyProvider bodies;

    ProblemErrorResponseProcessor(ProblemResponseBodyProvider bodies) {
        this.bodies = bodies;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ProblemDetails> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        ProblemType type = bodies.typeOf(context, response);
        response.status(type.status());
        if (type == ProblemType.UNAUTHENTICATED && !response.getHeaders().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ProblemDetails>) response;
        }
        return response.body(bodies.body(context, response)).contentType(bodies.contentType());
    }
}
