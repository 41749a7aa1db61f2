package id.mpp.server.http.me;

import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** The problems of the own-account operations that carry {@code Retry-After}: 429 and 503. */
final class MeProblemHandlers {

    private MeProblemHandlers() {
    }

    @Singleton
    static final class RateLimited implements ExceptionHandler<RateLimitedException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        RateLimited(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RateLimitedException exception) {
            return processor.processResponse(ErrorContext.builder(request)
                            .cause(new ProblemException(ProblemType.RATE_LIMITED, "detail.rate-limited")).build(),
                    HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds())));
        }
    }

    @Singleton
    static final class RegistryUnavailable implements ExceptionHandler<RegistryUnavailableException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;
        private final long retryAfterSeconds;

        RegistryUnavailable(ErrorResponseProcessor<?> processor,
                @Value("${mpp.population-registry.retry-after:60s}") java.time.Duration retryAfter) {
            this.processor = processor;
            this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RegistryUnavailableException exception) {
            return processor.processResponse(ErrorContext.builder(request)
                            .cause(new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                                    "detail.registry-unavailable")).build(),
                    HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
        }
    }
}
