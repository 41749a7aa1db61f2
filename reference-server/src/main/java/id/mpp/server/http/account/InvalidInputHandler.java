package id.mpp.server.http.account;

import id.mpp.server.http.problem.FieldViolation;
import id.mpp.server.http.problem.ValidationProblems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

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
        return ValidationProblems.withErrors(processor, request, language -> exception.errors().stream()
                .map(error -> new FieldViolation(error.pointer(), error.code(), error.message(language)))
                .toList());
    }
}
