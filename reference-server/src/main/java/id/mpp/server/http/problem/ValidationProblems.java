package id.mpp.server.http.problem;

import id.mpp.server.http.Language;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.util.List;
import java.util.function.Function;

/**
 * The standard {@code 400 validation-error} problem with errors a domain wrote itself (pointer, code and the domain's
 * message in the negotiated language), for exception handlers whose exceptions carry such errors.
 */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    /**
     * The problem for {@code request}, rendered as every other, with {@code errors} (given the negotiated language
     * tag, {@code id} or {@code en}) as its {@code errors} member.
     */
    public static HttpResponse<?> withErrors(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
            Function<String, List<FieldViolation>> errors) {
        MutableHttpResponse<?> response = processor.processResponse(ErrorContext.builder(request)
                .cause(new ProblemException(ProblemType.VALIDATION_ERROR, "detail.validation-error")).build(),
                HttpResponse.status(HttpStatus.BAD_REQUEST));
        Object body = response.getBody().orElse(null);
        if (!(body instanceof ProblemDetails problem)) {
            return response;
        }
        return response.body(new ProblemDetails(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), problem.requestId(), errors.apply(Language.of(request).tag()), null));
    }
}
