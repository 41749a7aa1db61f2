package id.mpp.sdk.sso;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds and reads the query strings of browser redirects, and makes the random values they carry. */
final class QueryStrings {

    private QueryStrings() {
    }

    /** Appends parameters to an endpoint, keeping a query it already has; spaces become {@code %20}. */
    static URI append(URI endpoint, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        String base = endpoint.toString();
        String separator = endpoint.getRawQuery() == null ? "?" : base.endsWith("&") ? "" : "&";
        return URI.create(base + separator + query);
    }

    /**
     * Reads a query string into its parameters.
     *
     * @throws InvalidAuthorizationResponseException when a parameter occurs twice (RFC 6749 §3.1)
     */
    static Map<String, String> parse(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.put(name, value) != null) {
                throw new InvalidAuthorizationResponseException("The redirect repeats the parameter " + name);
            }
        }
        return parameters;
    }

    /** A random value of 256 bits, base64url without padding (43 characters). */
    static String randomToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
