package id.mpp.conformance.auth;

import id.mpp.conformance.http.ConformanceHttpClient;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A minimal browser over the recording client: a cookie jar (names and values; the suite talks to one provider),
 * pages asked for as HTML, and form submission. Redirects are not followed by itself: the caller decides.
 */
public final class Browser {

    private final ConformanceHttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String acceptLanguage;

    public Browser(ConformanceHttpClient http) {
        this.http = http;
    }

    /** Sends Accept-Language with every request from now on ({@code null}: none). */
    public Browser acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /** GET of an absolute URL, as a browser asks for a page. */
    public Exchange get(String url) {
        return send(HttpCall.get(url).header("Accept", "text/html,application/xhtml+xml"));
    }

    /** Submits the form found at {@code pageUrl} with these values (already merged with its hidden fields). */
    public Exchange submit(String pageUrl, HtmlForm form, Map<String, String> values) {
        String action = form.action().isEmpty() ? pageUrl : URI.create(pageUrl).resolve(form.action()).toString();
        StringJoiner body = new StringJoiner("&");
        values.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        if (form.method().equals("get")) {
            return send(HttpCall.get(action + (action.contains("?") ? "&" : "?") + body)
                    .header("Accept", "text/html"));
        }
        return send(HttpCall.method("POST", action).header("Accept", "text/html")
                .body("application/x-www-form-urlencoded", body.toString()));
    }

    /** Sends a request with the jar's cookies and keeps the cookies of the answer. */
    public Exchange send(HttpCall call) {
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((k, v) -> header.add(k + "=" + v));
            call.header("Cookie", header.toString());
        }
        if (acceptLanguage != null) {
            call.header("Accept-Language", acceptLanguage);
        }
        Exchange e = http.send(call);
        List<String> setCookies = e.responseHeaders().getOrDefault("set-cookie", List.of());
        for (String c : setCookies) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = c.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return e;
    }

    /** The cookies the browser holds. */
    public Map<String, String> cookies() {
        return cookies;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
