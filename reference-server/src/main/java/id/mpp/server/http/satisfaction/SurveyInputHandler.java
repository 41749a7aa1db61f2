package id.mpp.server.http.satisfaction;

import id.mpp.server.http.problem.FieldViolation;
import id.mpp.server.http.problem.ValidationProblems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

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
        return ValidationProblems.withErrors(processor, request, language -> exception.errors().stream()
                .map(error -> new FieldViolation(error.pointer(), error.code(), error.message(language)))
                .toList());
    }
}
