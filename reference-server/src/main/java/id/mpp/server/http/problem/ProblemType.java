package id.mpp.server.http.problem;

import java.net.URI;
import java.util.Arrays;

/** The problem catalogue of the contract ({@code x-mpp-problem-types}): each type's stable URI and HTTP status. */
public enum ProblemType {
    VALIDATION_ERROR("validation-error", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    INSUFFICIENT_SCOPE("insufficient-scope", 403),
    FORBIDDEN("forbidden", 403),
    INSUFFICIENT_ASSURANCE("insufficient-assurance", 403),
    NOT_FOUND("not-found", 404),
    CURSOR_EXPIRED("cursor-expired", 410),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409),
    ACCOUNT_EXISTS("account-exists", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    RATE_LIMITED("rate-limited", 429),
    INTERNAL_ERROR("internal-error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", 503),
    REQUIREMENTS_NOT_MET("requirements-not-met", 422),
    INVALID_TRANSITION("invalid-transition", 409),
    SURVEY_NOT_ALLOWED("survey-not-allowed", 409),
    SURVEY_ALREADY_SUBMITTED("survey-already-submitted", 409),
    // The document vault (helper vault): after the general types, so that forStatus keeps answering those.
    CHECKSUM_MISMATCH("checksum-mismatch", 422),
    CONTENT_TYPE_MISMATCH("content-type-mismatch", 422),
    DOCUMENT_IN_USE("document-in-use", 409),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", 416),
    ACCOUNT_HAS_OPEN_APPLICATIONS("account-has-open-applications", 409);

    private static final String BASE = "https://mpp-digital.go.id/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    /** The type's last path segment, also the key of its texts ({@code title.not-found}). */
    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /**
     * The type a bare HTTP status stands for, when nothing more specific is known: the first catalogue entry with
     * that status; any other 4xx is a request the server cannot read, any other 5xx an internal error.
     */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(type -> type.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
    }
}
