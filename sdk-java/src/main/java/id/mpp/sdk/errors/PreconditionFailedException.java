package id.mpp.sdk.errors;

/**
 * A change of a versioned resource was refused for its {@code If-Match} (412 or 428).
 *
 * <p>With 412 ({@link ProblemTypes#PRECONDITION_FAILED}) the ETag sent is no longer current: read the resource again,
 * decide again, and send the new ETag. With 428 ({@link ProblemTypes#PRECONDITION_REQUIRED}) no {@code If-Match} was
 * sent at all.
 */
public class PreconditionFailedException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public PreconditionFailedException(ProblemDetails problem) {
        super(problem);
    }

    /** Whether the {@code If-Match} was missing (428) rather than stale (412). */
    public boolean isPreconditionRequired() {
        return status() == 428;
    }
}
