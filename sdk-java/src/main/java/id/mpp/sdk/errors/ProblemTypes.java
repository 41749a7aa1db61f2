package id.mpp.sdk.errors;

/**
 * The problem {@code type} URIs of the contract's catalogue ({@code x-mpp-problem-types}), for branching on
 * {@link MppApiException#type()} or {@link MppApiException#hasType(String)}.
 *
 * <p>Types are stable: the contract never renames one. A newer server may answer a type this SDK does not
 * list; it still arrives as an {@link MppApiException} of the right status.
 */
public final class ProblemTypes {

    /** The prefix every type of the catalogue shares. */
    public static final String PREFIX = "https://mpp-digital.go.id/problems/";

    /** RFC 9457's type of a problem that has none of its own (or of an answer that was not a problem). */
    public static final String ABOUT_BLANK = "about:blank";

    /** 400: one or more inputs break the contract; {@code errors} lists each. */
    public static final String VALIDATION_ERROR = PREFIX + "validation-error";
    /** 400: the body is not well-formed. */
    public static final String MALFORMED_REQUEST = PREFIX + "malformed-request";
    /** 401: the access token is missing, malformed, expired, revoked or foreign. */
    public static final String UNAUTHENTICATED = PREFIX + "unauthenticated";
    /** 403: the token lacks the scope the operation needs. */
    public static final String INSUFFICIENT_SCOPE = PREFIX + "insufficient-scope";
    /** 403: the caller's role does not allow the operation. */
    public static final String FORBIDDEN = PREFIX + "forbidden";
    /** 403: the account's assurance level is below what the service requires ({@code required_acr}). */
    public static final String INSUFFICIENT_ASSURANCE = PREFIX + "insufficient-assurance";
    /** 404: no such resource, or one the caller may not see. */
    public static final String NOT_FOUND = PREFIX + "not-found";
    /** 405: the path exists but not with this method. */
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
    /** 406: none of the accepted media types can be produced. */
    public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
    /** 409: the request conflicts with the resource's current state. */
    public static final String CONFLICT = PREFIX + "conflict";
    /** 409: a request with the same {@code Idempotency-Key} is still running. */
    public static final String IDEMPOTENCY_KEY_IN_USE = PREFIX + "idempotency-key-in-use";
    /** 409: the application's state machine does not allow the action ({@code allowed_actions}). */
    public static final String INVALID_TRANSITION = PREFIX + "invalid-transition";
    /** 409: an account with this NIK or e-mail already exists. */
    public static final String ACCOUNT_EXISTS = PREFIX + "account-exists";
    /** 409: the account cannot be deleted while it has open applications. */
    public static final String ACCOUNT_HAS_OPEN_APPLICATIONS = PREFIX + "account-has-open-applications";
    /** 409: the document is used by an open application. */
    public static final String DOCUMENT_IN_USE = PREFIX + "document-in-use";
    /** 409: the survey is not open for this application. */
    public static final String SURVEY_NOT_ALLOWED = PREFIX + "survey-not-allowed";
    /** 409: the survey of this application was already answered. */
    public static final String SURVEY_ALREADY_SUBMITTED = PREFIX + "survey-already-submitted";
    /** 410: the event feed's cursor is older than the retention window. */
    public static final String CURSOR_EXPIRED = PREFIX + "cursor-expired";
    /** 412: the {@code If-Match} ETag is no longer current. */
    public static final String PRECONDITION_FAILED = PREFIX + "precondition-failed";
    /** 413: the body is larger than the limit ({@code max_bytes}). */
    public static final String PAYLOAD_TOO_LARGE = PREFIX + "payload-too-large";
    /** 415: the body's media type is not accepted. */
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    /** 416: the requested range cannot be served. */
    public static final String RANGE_NOT_SATISFIABLE = PREFIX + "range-not-satisfiable";
    /** 422: the {@code Idempotency-Key} was already used with another request. */
    public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "idempotency-key-reused";
    /** 422: the attached documents do not satisfy the service's requirements. */
    public static final String REQUIREMENTS_NOT_MET = PREFIX + "requirements-not-met";
    /** 422: the uploaded content's SHA-256 differs from the declared one. */
    public static final String CHECKSUM_MISMATCH = PREFIX + "checksum-mismatch";
    /** 422: the uploaded content does not match its media type. */
    public static final String CONTENT_TYPE_MISMATCH = PREFIX + "content-type-mismatch";
    /** 428: the operation needs {@code If-Match}. */
    public static final String PRECONDITION_REQUIRED = PREFIX + "precondition-required";
    /** 429: too many requests; wait for {@code Retry-After}. */
    public static final String RATE_LIMITED = PREFIX + "rate-limited";
    /** 400: an OAuth protocol request is not valid ({@code invalid_request}). */
    public static final String OAUTH_INVALID_REQUEST = PREFIX + "oauth-invalid-request";
    /** 401: the OAuth client failed to authenticate ({@code invalid_client}). */
    public static final String OAUTH_INVALID_CLIENT = PREFIX + "oauth-invalid-client";
    /** 400: the grant (code, refresh token) is not valid ({@code invalid_grant}). */
    public static final String OAUTH_INVALID_GRANT = PREFIX + "oauth-invalid-grant";
    /** 400: the client may not use this grant ({@code unauthorized_client}). */
    public static final String OAUTH_UNAUTHORIZED_CLIENT = PREFIX + "oauth-unauthorized-client";
    /** 400: the grant type is not supported ({@code unsupported_grant_type}). */
    public static final String OAUTH_UNSUPPORTED_GRANT_TYPE = PREFIX + "oauth-unsupported-grant-type";
    /** 400: the requested scope is not valid ({@code invalid_scope}). */
    public static final String OAUTH_INVALID_SCOPE = PREFIX + "oauth-invalid-scope";
    /** 400: the token type is not supported ({@code unsupported_token_type}). */
    public static final String OAUTH_UNSUPPORTED_TOKEN_TYPE = PREFIX + "oauth-unsupported-token-type";
    /** 500: the server failed. */
    public static final String INTERNAL_ERROR = PREFIX + "internal-error";
    /** 503: the server or a registry it depends on is unavailable. */
    public static final String SERVICE_UNAVAILABLE = PREFIX + "service-unavailable";

    private ProblemTypes() {
    }
}
