package id.mpp.conformance.webhooks;

import java.time.Duration;
import java.util.Map;

/**
 * How the suite's webhook receiver answers one request.
 *
 * @param status the HTTP status
 * @param headers extra response headers
 * @param delay how long to wait before answering (a slow receiver)
 */
public record Reply(int status, Map<String, String> headers, Duration delay) {

    /** {@code 200} at once: the delivery is acknowledged. */
    public static Reply ok() {
        return status(200);
    }

    /** This status at once. */
    public static Reply status(int status) {
        return new Reply(status, Map.of(), Duration.ZERO);
    }

    /** This status (429 or 503) with a {@code Retry-After} of whole seconds, which postpones a retry (EVT-028). */
    public static Reply retryAfter(int status, Duration after) {
        return new Reply(status, Map.of("Retry-After", Long.toString(after.toSeconds())), Duration.ZERO);
    }

    /** A redirect to {@code location}, which an implementation must not follow (EVT-028). */
    public static Reply redirect(String location) {
        return new Reply(302, Map.of("Location", location), Duration.ZERO);
    }

    /** {@code 200} after {@code delay}. */
    public static Reply slow(Duration delay) {
        return new Reply(200, Map.of(), delay);
    }
}
