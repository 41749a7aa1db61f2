package id.mpp.sdk.errors;

import java.util.List;

/**
 * The request conflicts with the resource's current state (409).
 *
 * <p>For {@link ProblemTypes#INVALID_TRANSITION}, {@link #allowedActions()} lists what the caller may do in the
 * application's current state. {@link ProblemTypes#IDEMPOTENCY_KEY_IN_USE} means the first request with the same key
 * is still running: retry later with the same key.
 */
public class ConflictException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public ConflictException(ProblemDetails problem) {
        super(problem);
    }

    /** For a refused state transition, the actions allowed in the current state (possibly none); else empty. */
    public List<String> allowedActions() {
        return problem().allowedActions();
    }
}
