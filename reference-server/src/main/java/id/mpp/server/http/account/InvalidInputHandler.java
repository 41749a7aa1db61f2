package id.mpp.server.http.account;

import id.mpp.server.http.Language;
import id.mpp.server.http.problem.FieldViolation;
import id.mpp.server.http.problem.ProblemDetails;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Answers {@link InvalidInputException} with the standard {@code validation-error} problem, whose {@code errors}
 * are the domain's: every field, its pointer ({@code #/nik}), its code ({@code INVALID_NIK}) and the domain's
 * message in the negotiated language.
 */
@Singleton
final class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    InvalidInputHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidInputException exception) {
        MutableHttpResponse<?> response = processor.processResponse(ErrorContext.builder(request)
                .cause(new ProblemException(ProblemType.VALIDATION_ERROR, "detail.validation-error")).build(),
                HttpResponse.status(HttpStatus.BAD_REQUEST));
        Object body = response.getBody().orElse(null);
        if (!(body instanceof ProblemDetails problem)) {
            return response;
        }
        String language = Language.of(request).tag();
        List<FieldViolation> errors = exception.errors().stream()
                .map(error -> new FieldViolation(error.pointer(), error.code(), error.message(language)))
                .toList();
        return response.body(new ProblemDetails(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), problem.requestId(), errors, null));
    }
}
