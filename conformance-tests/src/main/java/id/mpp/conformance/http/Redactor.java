package id.mpp.conformance.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from what the suite writes out: credential headers, token and password fields of JSON and form
 * bodies, and every secret value of the vendor's configuration wherever it appears.
 */
public final class Redactor {

    /** What a redacted value is replaced with. */
    public static final String MASK = "[REDACTED]";

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key");
    private static final String SECRET_FIELDS = "password|new_password|current_password|client_secret|access_token"
            + "|refresh_token|id_token|token|client_assertion|code_verifier|secret|signing_secret";
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(\"(?:" + SECRET_FIELDS + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    // In forms and URLs "code" is an authorization code; in JSON it is a FieldError's reason, kept for evidence.
    private static final Pattern FORM_FIELD = Pattern.compile("(^|[&?#])((?:" + SECRET_FIELDS + "|code)=)[^&#]*");

    private final List<String> secrets;

    /** A redactor that also masks these literal secret values (from the configuration). */
    public Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s.length() >= 4).toList();
    }

    /** The exchange with its secrets masked. */
    public Exchange redact(Exchange e) {
        return new Exchange(e.method(), url(e.url()), headers(e.requestHeaders()), body(e.requestBody()), e.status(),
                headers(e.responseHeaders()), body(e.responseBody()), e.durationMillis(), e.violations());
    }

    /** Masks secret fields and configured secret values in a body. */
    public String body(String body) {
        if (body == null) {
            return null;
        }
        String s = JSON_FIELD.matcher(body).replaceAll(Matcher.quoteReplacement("$1") + "\"" + MASK + "\"");
        s = FORM_FIELD.matcher(s).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        return text(s);
    }

    private String url(String url) {
        return url == null ? null : text(FORM_FIELD.matcher(url).replaceAll("$1$2" + Matcher.quoteReplacement(MASK)));
    }

    /** Masks configured secret values in any text. */
    public String text(String s) {
        if (s == null) {
            return null;
        }
        String result = s;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    private Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                List<String> masked = new ArrayList<>();
                for (String v : values) {
                    int space = v.indexOf(' ');
                    masked.add(space > 0 && name.toLowerCase(Locale.ROOT).endsWith("authorization")
                            ? v.substring(0, space) + " " + MASK : MASK);
                }
                result.put(name, masked);
            } else {
                boolean location = name.equalsIgnoreCase("location");
                result.put(name, values.stream().map(v -> location ? url(v) : text(v)).toList());
            }
        });
        return result;
    }
}
