package id.mpp.sdk.webhooks;

import id.mpp.sdk.errors.MppException;

/**
 * A webhook delivery failed verification: refuse it (answer {@code 400} or {@code 401}; it will be retried).
 *
 * <p>{@link #reason()} says why, for logs and metrics; the message says it in words.
 */
public class WebhookSignatureException extends MppException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /** Creates the exception for a delivery refused for {@code reason}. */
    public WebhookSignatureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the delivery was refused. */
    public Reason reason() {
        return reason;
    }

    /** Why a delivery was refused. */
    public enum Reason {
        /** A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} header is missing or empty. */
        MISSING_HEADER,
        /** {@code webhook-timestamp} is not a whole number of Unix seconds. */
        INVALID_TIMESTAMP,
        /** {@code webhook-timestamp} is further in the past than the tolerance (a replay, or a very late retry). */
        TIMESTAMP_TOO_OLD,
        /** {@code webhook-timestamp} is further in the future than the tolerance. */
        TIMESTAMP_TOO_NEW,
        /** {@code webhook-signature} holds no {@code v1} signature at all. */
        NO_SIGNATURE,
        /** No {@code v1} signature matches any accepted secret: wrong secret, or the id, timestamp or body changed. */
        SIGNATURE_MISMATCH
    }
}
