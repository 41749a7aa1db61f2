package id.mpp.conformance.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authorization answer the provider redirected the browser to: the client's redirect URI with its parameters.
 *
 * @param location the full Location
 * @param params the query parameters, decoded
 */
public record Redirect(URI location, Map<String, String> params) {

    public static Redirect of(String location) {
        URI uri = URI.create(location);
        return new Redirect(uri, query(uri));
    }

    public String code() {
        return params.get("code");
    }

    public String error() {
        return params.get("error");
    }

    /** The query parameters of a URI, decoded. */
    public static Map<String, String> query(URI uri) {
        Map<String, String> map = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                map.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return map;
    }
}
