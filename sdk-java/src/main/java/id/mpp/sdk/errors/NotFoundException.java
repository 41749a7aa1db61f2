package id.mpp.sdk.errors;

/**
 * No such resource, or one the caller may not see (404); the API never tells the two apart.
 *
 * <p>Another citizen's document or application answers exactly like one that does not exist.
 */
public class NotFoundException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public NotFoundException(ProblemDetails problem) {
        super(problem);
    }
}
