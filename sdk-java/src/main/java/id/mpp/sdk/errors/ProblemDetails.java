package id.mpp.sdk.errors;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error answer of the API said: its HTTP status and the members of its RFC 9457 problem body.
 *
 * <p>Immutable. {@link ProblemMapper} reads it from a response; {@link MppApiException} and its subclasses
 * carry it. A body that is not a problem still gives the status, the raw body and the request ID, with the
 * type {@code about:blank}.
 */
public final class ProblemDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final String instance;
    private final String requestId;
    private final List<FieldError> fieldErrors;
    private final List<String> allowedActions;
    private final String requiredAcr;
    private final Long maxBytes;
    private final Duration retryAfter;
    private final String rawBody;

    private ProblemDetails(Builder builder) {
        this.status = builder.status;
        this.type = builder.type == null || builder.type.isBlank() ? ProblemTypes.ABOUT_BLANK : builder.type;
        this.title = builder.title;
        this.detail = builder.detail;
        this.instance = builder.instance;
        this.requestId = builder.requestId;
        this.fieldErrors = List.copyOf(builder.fieldErrors);
        this.allowedActions = List.copyOf(builder.allowedActions);
        this.requiredAcr = builder.requiredAcr;
        this.maxBytes = builder.maxBytes;
        this.retryAfter = builder.retryAfter;
        this.rawBody = Objects.requireNonNullElse(builder.rawBody, "");
    }

    /** Starts building the details of an answer with the given HTTP status. */
    public static Builder builder(int status) {
        return new Builder(status);
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The problem type URI; {@code about:blank} when the answer had none. */
    public String type() {
        return type;
    }

    /** The problem's short summary, in the negotiated language. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** What went wrong in this occurrence, in the negotiated language. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The request path that caused the problem. */
    public Optional<String> instance() {
        return Optional.ofNullable(instance);
    }

    /** The request's ID, from the body's {@code request_id} or else the {@code X-Request-Id} header. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Every offending input, for a {@code validation-error} or {@code requirements-not-met}; else empty. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** For a refused state transition, the actions allowed in the current state; else empty. */
    public List<String> allowedActions() {
        return allowedActions;
    }

    /** For {@code insufficient-assurance}, the assurance level ({@code acr}) the operation needs. */
    public Optional<String> requiredAcr() {
        return Optional.ofNullable(requiredAcr);
    }

    /** For {@code payload-too-large}, the limit that was passed, in bytes. */
    public Optional<Long> maxBytes() {
        return Optional.ofNullable(maxBytes);
    }

    /** How long the server asked the caller to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The body exactly as received (UTF-8), or an empty string. */
    public String rawBody() {
        return rawBody;
    }

    /** Builds {@link ProblemDetails}. */
    public static final class Builder {

        private final int status;
        private String type;
        private String title;
        private String detail;
        private String instance;
        private String requestId;
        private List<FieldError> fieldErrors = Collections.emptyList();
        private List<String> allowedActions = Collections.emptyList();
        private String requiredAcr;
        private Long maxBytes;
        private Duration retryAfter;
        private String rawBody;

        private Builder(int status) {
            this.status = status;
        }

        /** Sets the problem type URI. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the detail. */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** Sets the instance. */
        public Builder instance(String instance) {
            this.instance = instance;
            return this;
        }

        /** Sets the request ID. */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Sets the field errors. */
        public Builder fieldErrors(List<FieldError> fieldErrors) {
            this.fieldErrors = Objects.requireNonNull(fieldErrors, "fieldErrors");
            return this;
        }

        /** Sets the allowed actions of a refused transition. */
        public Builder allowedActions(List<String> allowedActions) {
            this.allowedActions = Objects.requireNonNull(allowedActions, "allowedActions");
            return this;
        }

        /** Sets the required assurance level. */
        public Builder requiredAcr(String requiredAcr) {
            this.requiredAcr = requiredAcr;
            return this;
        }

        /** Sets the size limit that was passed. */
        public Builder maxBytes(Long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** Sets how long the server asked to wait. */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /** Sets the raw body. */
        public Builder rawBody(String rawBody) {
            this.rawBody = rawBody;
            return this;
        }

        /** Builds the details. */
        public ProblemDetails build() {
            return new ProblemDetails(this);
        }
    }
}
