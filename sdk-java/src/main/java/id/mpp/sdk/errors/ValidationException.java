package id.mpp.sdk.errors;

/**
 * The request's input was refused (400, or 422 for input that is well-formed but cannot be processed).
 *
 * <p>{@link #fieldErrors()} lists each offending input with its JSON Pointer, for {@link
 * ProblemTypes#VALIDATION_ERROR} and {@link ProblemTypes#REQUIREMENTS_NOT_MET}. The 422 types {@link
 * ProblemTypes#CHECKSUM_MISMATCH}, {@link ProblemTypes#CONTENT_TYPE_MISMATCH} and {@link
 * ProblemTypes#IDEMPOTENCY_KEY_REUSED} are here too: each says the request as sent can never succeed.
 */
public class ValidationException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public ValidationException(ProblemDetails problem) {
        super(problem);
    }
}
