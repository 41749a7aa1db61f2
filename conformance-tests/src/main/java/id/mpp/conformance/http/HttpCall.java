package id.mpp.conformance.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a test sends, built fluently: {@code HttpCall.get("/v1/regions").header("Accept-Language", "en")}.
 *
 * <p>Nothing is checked on the way out, so a test can send exactly the malformed request it needs.
 */
public final class HttpCall {

    private final String method;
    private final String pathAndQuery;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private byte[] bytes;

    private HttpCall(String method, String pathAndQuery) {
        this.method = method;
        this.pathAndQuery = pathAndQuery;
    }

    /** A GET of a path (with its query) relative to the base URL, or of an absolute URL. */
    public static HttpCall get(String pathAndQuery) {
        return new HttpCall("GET", pathAndQuery);
    }

    /** A request with any method. */
    public static HttpCall method(String method, String pathAndQuery) {
        return new HttpCall(method, pathAndQuery);
    }

    /** Adds (or replaces) a request header. */
    public HttpCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sets the body and its Content-Type. */
    public HttpCall body(String contentType, String text) {
        headers.put("Content-Type", contentType);
        this.body = text;
        this.bytes = null;
        return this;
    }

    /** Sets a binary body (a multipart upload) and its Content-Type. */
    public HttpCall body(String contentType, byte[] content) {
        headers.put("Content-Type", contentType);
        this.bytes = content.clone();
        this.body = "[" + content.length + " bytes] " + new String(content, 0, Math.min(content.length, 2048),
                java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    /** The binary body, or {@code null} when the body is text (or absent). */
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    public String method() {
        return method;
    }

    public String pathAndQuery() {
        return pathAndQuery;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String body() {
        return body;
    }
}
