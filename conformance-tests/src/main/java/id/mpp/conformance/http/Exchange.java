package id.mpp.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request and the response it got, as recorded (not yet redacted), with the contract violations found.
 *
 * @param method the request method
 * @param url the full request URL
 * @param requestHeaders the request headers
 * @param requestBody the request body, or {@code null}
 * @param status the response status
 * @param responseHeaders the response headers (names in lower case)
 * @param responseBody the response body as text
 * @param durationMillis how long the exchange took
 * @param violations the contract violations of the response (empty when it conforms)
 */
public record Exchange(String method, String url, Map<String, List<String>> requestHeaders, String requestBody,
        int status, Map<String, List<String>> responseHeaders, String responseBody, long durationMillis,
        List<String> violations) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first value of a response header (case-insensitive name), if present. */
    public Optional<String> header(String name) {
        List<String> values = responseHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The response's media type without parameters, or an empty string. */
    public String mediaType() {
        return header("content-type").map(v -> v.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    /** The response body parsed as JSON; a body that is not JSON fails the test with the body quoted. */
    public JsonNode json() {
        try {
            JsonNode node = JSON.readTree(responseBody);
            if (node == null) {
                throw new AssertionError("expected a JSON body from " + method + " " + url + ", got an empty one");
            }
            return node;
        } catch (IOException e) {
            throw new AssertionError("expected a JSON body from " + method + " " + url + ", got: "
                    + abbreviate(responseBody));
        }
    }

    /** A copy carrying these violations. */
    public Exchange withViolations(List<String> found) {
        return new Exchange(method, url, requestHeaders, requestBody, status, responseHeaders, responseBody,
                durationMillis, List.copyOf(found));
    }

    private static String abbreviate(String s) {
        return s == null ? "(none)" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
