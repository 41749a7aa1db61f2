package id.mpp.server.http;

import io.micronaut.http.HttpRequest;
import java.util.regex.Pattern;

/** Where a request's ID is kept while it is served, and which client-sent IDs are kept (GEN-007). */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    static final String ATTRIBUTE = "mpp.request-id";

    private static final Pattern VALID = Pattern.compile("^[A-Za-z0-9._-]{1,128}$");

    private RequestIds() {
    }

    /** Whether a client's {@code X-Request-Id} is echoed (true) or replaced by one the server makes. */
    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    /** The ID the request-ID filter gave this request; null before the filter ran. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }
}
