package id.mpp.server.http.account;

import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Answers {@link TooManyAttemptsException} with {@code 429 rate-limited} and {@code Retry-After} in seconds. */
@Singleton
final class TooManyAttemptsHandler implements ExceptionHandler<TooManyAttemptsException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    TooManyAttemptsHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyAttemptsException exception) {
        return processor.processResponse(ErrorContext.builder(request)
                        .cause(new ProblemException(ProblemType.RATE_LIMITED, "detail.rate-limited")).build(),
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds())));
    }
}
