package id.mpp.sdk.errors;

/**
 * The server did not accept the credentials (401): the access token is missing, expired, revoked or foreign.
 *
 * <p>The transport has already asked the credentials for a new token and retried once; seeing this exception means
 * the new token was refused too, or there was none. The problem type is {@link ProblemTypes#UNAUTHENTICATED} (or
 * {@link ProblemTypes#OAUTH_INVALID_CLIENT} from the token endpoint).
 */
public class UnauthenticatedException extends MppApiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for an error answer. */
    public UnauthenticatedException(ProblemDetails problem) {
        super(problem);
    }
}
