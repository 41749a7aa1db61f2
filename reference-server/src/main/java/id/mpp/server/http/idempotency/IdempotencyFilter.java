package id.mpp.server.http.idempotency;

import id.mpp.server.http.BodyReadingFilters;
import id.mpp.server.http.RequestIds;
import id.mpp.server.http.problem.ProblemDetails;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.idempotency.StoredResponse;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Makes every POST whose operation takes an {@code Idempotency-Key} safe to retry (GEN-009 to GEN-013). A filter
 * rather than an around-advice on controllers, because only a filter sees what idempotency is about: the body bytes
 * exactly as received (for the fingerprint) and the final response, problems rendered by exception handlers
 * included (for the replay). It runs after security, so that a request without valid credentials is refused before
 * it takes a key, and it applies by itself to every route that declares the header (the generated interfaces do,
 * for each operation of the contract with the parameter), and to no other: the OAuth endpoints, whose single-use
 * rules forbid replays, do not declare it.
 *
 * <p>Answers stored and replayed: every answer of an operation that ran, except 5xx (a failure: the retry runs
 * again), 429 and the refusals that depend on the moment or come before the operation (400, 401, 403, 408, 413,
 * 415): they had no effect, so the key is freed and the client may retry with it, corrected. A replay carries
 * {@code Idempotent-Replayed: true}, and a replayed problem gets the retry's {@code request_id}.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = HttpMethod.POST)
final class IdempotencyFilter implements Ordered, ConditionalFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Set<Integer> NOT_STORED = Set.of(400, 401, 403, 408, 413, 415, 429);

    private final IdempotencyService service;
    private final IdempotencyScopes scopes;
    private final ErrorResponseProcessor<?> problems;
    private final JsonMapper json;
    private final Scheduler blocking;

    IdempotencyFilter(IdempotencyService service, IdempotencyScopes scopes, ErrorResponseProcessor<?> problems,
            JsonMapper json, @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
        this.service = service;
        this.scopes = scopes;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * On for a POST with a usable key whose route declares the header. A key outside the contract's 1 to 255
     * characters is left to the operation's own validation (400 at {@code #/header/Idempotency-Key}).
     */
    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST) {
            return false;
        }
        String key = request.getHeaders().get(HEADER);
        return key != null && !key.isBlank() && key.length() <= MAX_KEY_LENGTH && !isMultipart(request)
                && declaresKey(request);
    }

    /**
     * Does the database work on the blocking pool, and hands the request on to the route back on the request's event
     * loop, in a task of its own: the route binds the body this filter read (see {@link BodyReadingFilters}).
     */
    @RequestFilter
    Publisher<HttpResponse<?>> guard(HttpRequest<?> request, @Body @Nullable byte[] body,
            FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        String key = request.getHeaders().get(HEADER);
        String scope = scopes.of(request);
        String operation = request.getMethodName() + " " + request.getPath();
        String query = request.getUri().getRawQuery();
        String fingerprint = RequestFingerprint.of(request.getMethodName(),
                query == null ? request.getPath() : request.getPath() + "?" + query, body);
        Scheduler eventLoop = BodyReadingFilters.eventLoop(request);
        return Mono.fromCallable(() -> service.begin(scope, key, operation, fingerprint))
                .subscribeOn(blocking)
                .publishOn(eventLoop)
                .flatMap(decision -> {
                    if (decision instanceof IdempotencyDecision.InUse) {
                        return Mono.just(problem(request, ProblemType.IDEMPOTENCY_KEY_IN_USE,
                                "detail.idempotency-key-in-use"));
                    }
                    if (decision instanceof IdempotencyDecision.Reused) {
                        return Mono.just(problem(request, ProblemType.IDEMPOTENCY_KEY_REUSED,
                                "detail.idempotency-key-reused"));
                    }
                    if (decision instanceof IdempotencyDecision.Replay replay) {
                        return Mono.just(replay(request, replay.response()));
                    }
                    return proceedAndStore(scope, key, continuation);
                });
    }

    /** Runs the operation; stores its answer (or frees the key) on the blocking pool. */
    private Mono<HttpResponse<?>> proceedAndStore(String scope, String key,
            FilterContinuation<Publisher<HttpResponse<?>>> continuation) {
        AtomicBoolean stored = new AtomicBoolean();
        return Mono.from(continuation.proceed())
                .publishOn(blocking)
                .<HttpResponse<?>>map(response -> {
                    if (response.code() >= 500 || NOT_STORED.contains(response.code())) {
                        return response;
                    }
                    StoredResponse answer = snapshot(response);
                    service.complete(scope, key, answer);
                    stored.set(true);
                    MutableHttpResponse<?> first = response.toMutableResponse();
                    if (answer.body().length > 0) {
                        first.body(answer.body());
                    }
                    return first;
                })
                .doFinally(signal -> {
                    if (!stored.get()) {
                        blocking.schedule(() -> service.release(scope, key));
                    }
                });
    }

    private StoredResponse snapshot(HttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] raw) {
            bytes = raw;
        } else if (body instanceof CharSequence text) {
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                bytes = json.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String contentType = response.getContentType().map(MediaType::toString)
                .orElse(bytes.length > 0 ? MediaType.APPLICATION_JSON : null);
        return new StoredResponse(response.code(), response.getHeaders().get(HttpHeaders.LOCATION),
                response.getHeaders().get(HttpHeaders.ETAG), contentType, bytes);
    }

    private HttpResponse<?> replay(HttpRequest<?> request, StoredResponse stored) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(stored.status()));
        byte[] body = stored.body();
        if (body.length > 0) {
            if (stored.contentType() != null && stored.contentType().startsWith(ProblemDetails.MEDIA_TYPE)) {
                body = withRequestId(body, RequestIds.of(request));
            }
            response.body(body);
        }
        if (stored.contentType() != null) {
            response.contentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        return response.header(REPLAYED, "true");
    }

    /** A replayed problem names the retry's request ID, as every problem repeats its own (GEN-007). */
    private byte[] withRequestId(byte[] problem, String requestId) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = new LinkedHashMap<>(json.readValue(problem, Map.class));
            members.put("request_id", requestId);
            return json.writeValueAsBytes(members);
        } catch (IOException e) {
            return problem;
        }
    }

    private HttpResponse<?> problem(HttpRequest<?> request, ProblemType type, String detailKey) {
        return problems.processResponse(ErrorContext.builder(request).cause(new ProblemException(type, detailKey))
                .build(), HttpResponse.status(HttpStatus.valueOf(type.status())));
    }

    /**
     * A multipart body (a document upload) is not read here: this filter would hold the whole file in memory to
     * fingerprint it, and uploads stream. The upload operation keeps its own promise instead (identical content
     * answers the existing document).
     */
    private static boolean isMultipart(HttpRequest<?> request) {
        return request.getContentType().map(type -> "multipart".equalsIgnoreCase(type.getType())).orElse(false);
    }

    private static boolean declaresKey(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .map(match -> Arrays.stream(((MethodBasedRouteMatch<?, ?>) match).getArguments())
                        .anyMatch(IdempotencyFilter::isKeyHeader))
                .orElse(false);
    }

    private static boolean isKeyHeader(Argument<?> argument) {
        AnnotationMetadata metadata = argument.getAnnotationMetadata();
        return metadata.hasAnnotation(Header.class) && metadata.stringValue(Header.class, "name")
                .or(() -> metadata.stringValue(Header.class))
                .filter(HEADER::equalsIgnoreCase)
                .isPresent();
    }
}
