package id.mpp.sdk.errors;

/**
 * The request did not get an HTTP answer: the connection failed, timed out or was interrupted.
 *
 * <p>Thrown after the retry policy has given up (or when it may not retry, as for a non-idempotent request
 * without an idempotency key).
 */
public class MppTransportException extends MppException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a request that got no answer. */
    public MppTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
