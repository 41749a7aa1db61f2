package id.mpp.sdk.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.SdkVersion;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.errors.ProblemMapper;
import id.mpp.sdk.generated.invoker.ApiClient;
import id.mpp.sdk.http.ApiTransport;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.http.RetryPolicy;
import id.mpp.sdk.http.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The SDK's transport: sends each request with its base headers, the credentials' token and its idempotency key,
 * retries it by the {@link RetryPolicy}, and turns error answers into exceptions.
 *
 * <p>Per request: {@code User-Agent} ({@link SdkVersion#userAgent()}, with the client's suffix), {@code X-Request-Id}
 * (the caller's, else a new UUID, the same on every attempt), {@code Accept-Language} (the caller's, else the
 * client's), the extra headers of the {@link RequestOptions}, and per attempt {@code Authorization: Bearer} with
 * the token the credentials give at that moment. A {@code POST} sent as retryable gets an {@code Idempotency-Key}
 * (the caller's, else a new UUID), the same on every attempt. A {@code 401} to a token makes the transport call
 * {@link Credentials#invalidate(String)} and, the first time, when the credentials then give another token, send
 * the request once more (outside the retry policy's attempts; never for a request sent
 * {@link Retryability#ONCE}). Headers already on the request builder ({@code X-Request-Id}, {@code Accept-Language},
 * {@code Idempotency-Key}, as the generated client sets them) count as the caller's.
 *
 * <p>Thread-safe and immutable. Internal to the SDK; callers reach it as {@code MppClient.transport()}.
 */
public final class HttpPipeline implements ApiTransport {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final HttpClient http;
    private final URI baseUri;
    private final Credentials credentials;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Duration requestTimeout;
    private final String acceptLanguage;
    private final String userAgent;
    private final boolean autoIdempotencyKeys;
    private final Supplier<String> ids;
    private final ObjectMapper json;
    private final ProblemMapper problems;

    private HttpPipeline(Builder builder) {
        this.http = Objects.requireNonNull(builder.http, "httpClient");
        this.baseUri = withoutTrailingSlash(Objects.requireNonNull(builder.baseUri, "baseUri"));
        this.credentials = builder.credentials;
        this.retryPolicy = builder.retryPolicy;
        this.sleeper = builder.sleeper;
        this.requestTimeout = builder.requestTimeout;
        this.acceptLanguage = builder.acceptLanguage;
        this.userAgent = builder.userAgentSuffix == null || builder.userAgentSuffix.isBlank()
                ? SdkVersion.userAgent() : SdkVersion.userAgent() + " " + builder.userAgentSuffix.trim();
        this.autoIdempotencyKeys = builder.autoIdempotencyKeys;
        this.ids = builder.ids;
        this.json = builder.json;
        this.problems = new ProblemMapper(json, builder.clock);
    }

    /** Starts building a pipeline. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> bodyHandler,
            RequestOptions options, Retryability retryability) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(bodyHandler, "bodyHandler");
        RequestOptions opts = options == null ? RequestOptions.none() : options;
        Retryability mode = retryability == null ? Retryability.RETRYABLE : retryability;
        HttpRequest template = request.copy().build();
        String method = template.method().toUpperCase(Locale.ROOT);
        String requestId = opts.requestId()
                .or(() -> template.headers().firstValue("X-Request-Id"))
                .orElseGet(ids);
        String language = opts.acceptLanguage()
                .or(() -> template.headers().firstValue("Accept-Language"))
                .orElse(acceptLanguage);
        String idempotencyKey = opts.idempotencyKey()
                .or(() -> template.headers().firstValue("Idempotency-Key"))
                .orElse(null);
        if (idempotencyKey == null && autoIdempotencyKeys && "POST".equals(method) && mode == Retryability.RETRYABLE) {
            idempotencyKey = ids.get();
        }
        boolean mayRetry = mode == Retryability.RETRYABLE && (IDEMPOTENT_METHODS.contains(method)
                || ("POST".equals(method) && idempotencyKey != null)
                || ("PATCH".equals(method) && template.headers().firstValue("If-Match").isPresent()));
        Duration timeout = opts.timeout().or(template::timeout).orElse(requestTimeout);

        boolean reauthenticated = false;
        int attempt = 1;
        while (true) {
            String token = credentials.accessToken();
            HttpRequest.Builder builder = request.copy()
                    .timeout(timeout)
                    .setHeader("User-Agent", userAgent)
                    .setHeader("X-Request-Id", requestId)
                    .setHeader("Accept-Language", language);
            if (idempotencyKey != null) {
                builder.setHeader("Idempotency-Key", idempotencyKey);
            }
            if (token != null) {
                builder.setHeader("Authorization", "Bearer " + token);
            }
            opts.headers().forEach(builder::setHeader);
            HttpRequest sent = builder.build();

            ErrorCapture<T> capture = new ErrorCapture<>(bodyHandler);
            HttpResponse<T> response;
            try {
                response = http.send(sent, capture);
            } catch (IOException failure) {
                Optional<Duration> delay = mayRetry && retryPolicy.isRetryableFailure(failure)
                        ? retryPolicy.delayBeforeRetry(attempt, Optional.empty()) : Optional.empty();
                if (delay.isEmpty()) {
                    throw new MppTransportException(method + " " + sent.uri() + " got no answer after " + attempt
                            + (attempt == 1 ? " attempt" : " attempts") + " (request " + requestId + "): "
                            + failure, failure);
                }
                pause(delay.get(), sent, requestId);
                attempt++;
                continue;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new MppTransportException(method + " " + sent.uri() + " was interrupted (request "
                        + requestId + ")", interrupted);
            }

            int status = response.statusCode();
            if (status < 400) {
                return response;
            }
            if (status == 401 && token != null) {
                credentials.invalidate(token);
                if (!reauthenticated && mode == Retryability.RETRYABLE) {
                    String fresh = credentials.accessToken();
                    if (fresh != null && !fresh.equals(token)) {
                        reauthenticated = true;
                        continue;
                    }
                }
            }
            MppApiException error = problems.map(status, response.headers(),
                    new String(capture.errorBody(), StandardCharsets.UTF_8), requestId);
            Optional<Duration> delay = mayRetry && retryPolicy.isRetryableStatus(status)
                    ? retryPolicy.delayBeforeRetry(attempt, error.retryAfter()) : Optional.empty();
            if (delay.isEmpty()) {
                throw error;
            }
            pause(delay.get(), sent, requestId);
            attempt++;
        }
    }

    @Override
    public URI resolve(String path) {
        Objects.requireNonNull(path, "path");
        return URI.create(baseUri + (path.startsWith("/") ? path : "/" + path));
    }

    @Override
    public ObjectMapper objectMapper() {
        return json;
    }

    /** The server's base URL, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** The {@code User-Agent} this pipeline sends. */
    public String userAgent() {
        return userAgent;
    }

    private void pause(Duration delay, HttpRequest sent, String requestId) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MppTransportException(sent.method() + " " + sent.uri() + " was interrupted while waiting to "
                    + "retry (request " + requestId + ")", interrupted);
        }
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /** Builds an {@link HttpPipeline}. */
    public static final class Builder {

        private HttpClient http;
        private URI baseUri;
        private Credentials credentials = Credentials.none();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private Duration requestTimeout = Duration.ofSeconds(30);
        private String acceptLanguage = "id";
        private String userAgentSuffix;
        private boolean autoIdempotencyKeys = true;
        private Supplier<String> ids = () -> UUID.randomUUID().toString();
        private ObjectMapper json = ApiClient.createDefaultObjectMapper();

        private Builder() {
        }

        /** Sets the JDK client that sends the requests. */
        public Builder httpClient(HttpClient http) {
            this.http = http;
            return this;
        }

        /** Sets the server's base URL, for example {@code https://mpp.banyumaskab.go.id}. */
        public Builder baseUri(URI baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        /** Sets the credentials whose token is sent. */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Sets the retry policy. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Sets what waits between attempts. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Sets the clock that {@code Retry-After} dates are measured against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets the default timeout of each attempt. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** Sets the default {@code Accept-Language}. */
        public Builder acceptLanguage(String acceptLanguage) {
            this.acceptLanguage = Objects.requireNonNull(acceptLanguage, "acceptLanguage");
            return this;
        }

        /** Sets what is appended to the SDK's {@code User-Agent} (an application's name and version). */
        public Builder userAgentSuffix(String userAgentSuffix) {
            this.userAgentSuffix = userAgentSuffix;
            return this;
        }

        /** Sets whether a {@code POST} without an idempotency key gets a generated one (on by default). */
        public Builder autoIdempotencyKeys(boolean autoIdempotencyKeys) {
            this.autoIdempotencyKeys = autoIdempotencyKeys;
            return this;
        }

        /** Sets the source of generated request IDs and idempotency keys. */
        public Builder ids(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** Sets the JSON mapper. */
        public Builder objectMapper(ObjectMapper json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /** Builds the pipeline. */
        public HttpPipeline build() {
            return new HttpPipeline(this);
        }
    }
}
