package id.mpp.server.http.satisfaction;

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
 * Answers a {@link SurveyInputException} as the contract's {@code 400 validation-error}: the problem as every other,
 * with the survey's own errors and their messages in the negotiated language.
 */
@Singleton
final class SurveyInputHandler implements ExceptionHandler<SurveyInputException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    SurveyInputHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SurveyInputException exception) {
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
