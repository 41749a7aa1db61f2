package id.mpp.sdk.errors;

/**
 * The root of every exception the MPP Digital SDK throws; unchecked, so callers catch only what they handle.
 *
 * <p>Subclasses tell transport failures ({@link MppTransportException}) from answers of the API
 * ({@code MppApiException} and its subclasses) and from checks the SDK makes itself (ID tokens, checksums,
 * webhook signatures).
 */
public class MppException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that is useful on its own in a log line. */
    public MppException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the failure that caused it. */
    public MppException(String message, Throwable cause) {
        super(message, cause);
    }
}
