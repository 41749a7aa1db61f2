package id.mpp.server.http.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the sign-in pages need one: its own cookie jar (sent on every request to the server, as a
 * browser does for {@code Path=/v1/sso} cookies on these paths), no redirects followed, forms read from the HTML.
 */
public final class Browser {
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    String acceptLanguage = "id";

    public Browser(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathOrUrl)).GET()
                .header("Accept", "text/html").header("Accept-Language", acceptLanguage);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Posts a form; {@code pairs} are name, value, name, value, ... */
    public HttpResponse<String> post(String path, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits the page's only form with its hidden fields and {@code fields}. */
    public HttpResponse<String> submit(HttpResponse<String> page, String... fields) {
        Map<String, String> hidden = hiddenFields(page.body());
        String[] pairs = new String[hidden.size() * 2 + fields.length];
        int i = 0;
        for (Map.Entry<String, String> entry : hidden.entrySet()) {
            pairs[i++] = entry.getKey();
            pairs[i++] = entry.getValue();
        }
        System.arraycopy(fields, 0, pairs, i, fields.length);
        return post(formAction(page.body()), pairs);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (setCookie.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return fields;
    }

    public static String formAction(String html) {
        Matcher matcher = ACTION.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no form in the page: " + html);
        }
        return unescape(matcher.group(1));
    }

    /** The query parameters of a redirect's {@code Location}. */
    public static Map<String, String> query(String location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(location).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String unescape(String text) {
        return text.replace("&#47;", "/").replace("&#61;", "=").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#96;", "`").replace("&amp;", "&");
    }
}
