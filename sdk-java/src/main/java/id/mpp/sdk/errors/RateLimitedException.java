package id.mpp.sdk.errors;

/**
 * The caller sent too many requests (429); {@link #retryAfter()} says how long to wait.
 *
 * <p>The transport already honoured {@code Retry-After} within its retry policy; seeing this exception means the
 * attempts ran out or the wait asked for was longer than the policy allows.
 */
public class RateLimitedException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public RateLimitedException(ProblemDetails problem) {
        super(problem);
    }
}
