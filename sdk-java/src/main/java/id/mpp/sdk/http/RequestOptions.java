package id.mpp.sdk.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Options for one request: its idempotency key, timeout, request ID, language and extra headers.
 *
 * <p>Immutable; build with {@link #builder()} or change a copy with {@link #toBuilder()}. When a creating
 * {@code POST} has no idempotency key, the SDK makes one and sends the same key on every retry of it.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = builder().build();

    private final String idempotencyKey;
    private final Duration timeout;
    private final String requestId;
    private final String acceptLanguage;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.idempotencyKey = builder.idempotencyKey;
        this.timeout = builder.timeout;
        this.requestId = builder.requestId;
        this.acceptLanguage = builder.acceptLanguage;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    /** No options: the client's defaults apply. */
    public static RequestOptions none() {
        return NONE;
    }

    /** Starts building options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds options with a {@code Consumer<Builder>}, as in {@code RequestOptions.of(o -> o.timeout(...))}. */
    public static RequestOptions of(Consumer<Builder> options) {
        Builder builder = builder();
        options.accept(builder);
        return builder.build();
    }

    /** A builder holding these options, to change a copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.idempotencyKey = idempotencyKey;
        builder.timeout = timeout;
        builder.requestId = requestId;
        builder.acceptLanguage = acceptLanguage;
        builder.headers.putAll(headers);
        return builder;
    }

    /** The idempotency key to send, if the caller chose one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The timeout of each attempt, if it differs from the client's. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The {@code X-Request-Id} to send, if the caller chose one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The {@code Accept-Language} to send, if it differs from the client's. */
    public Optional<String> acceptLanguage() {
        return Optional.ofNullable(acceptLanguage);
    }

    /** Extra headers to send, in the order they were added. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {

        private String idempotencyKey;
        private Duration timeout;
        private String requestId;
        private String acceptLanguage;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets the {@code Idempotency-Key}: the server replays the first answer to a retry with the same key. */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /** Sets the timeout of each attempt. */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** Sets the {@code X-Request-Id} to send (1 to 128 characters of {@code [A-Za-z0-9._-]}). */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Sets the {@code Accept-Language}: {@code id} or {@code en}. */
        public Builder acceptLanguage(String acceptLanguage) {
            this.acceptLanguage = acceptLanguage;
            return this;
        }

        /** Adds a header to send; a later call with the same name replaces the value. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Builds the options. */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
