package id.mpp.benchmarks;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HTTP/1.1 without redirects, form bodies, and the browser side of the sign-in pages (cookies, forms). */
final class Http {
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    final HttpClient client;
    final URI base;

    Http(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    }

    CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> sendNow(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser: its own cookie jar, forms read from the HTML, redirects not followed. */
    final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        CompletableFuture<HttpResponse<String>> get(String pathOrUrl) {
            return send(withCookies(request(pathOrUrl).GET().header("Accept", "text/html")));
        }

        /** Submits the page's form with its hidden fields and {@code fields} (name, value, ...). */
        CompletableFuture<HttpResponse<String>> submit(HttpResponse<String> page, String... fields) {
            Map<String, String> hidden = hiddenFields(page.body());
            String[] pairs = new String[hidden.size() * 2 + fields.length];
            int i = 0;
            for (Map.Entry<String, String> entry : hidden.entrySet()) {
                pairs[i++] = entry.getKey();
                pairs[i++] = entry.getValue();
            }
            System.arraycopy(fields, 0, pairs, i, fields.length);
            return send(withCookies(request(formAction(page.body())).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(pairs)))));
        }

        private HttpRequest withCookies(HttpRequest.Builder request) {
            synchronized (cookies) {
                if (!cookies.isEmpty()) {
                    request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
                }
            }
            return request.build();
        }

        private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
            return Http.this.send(request).thenApply(response -> {
                synchronized (cookies) {
                    for (String setCookie : response.headers().allValues("Set-Cookie")) {
                        String pair = setCookie.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        String name = pair.substring(0, equals);
                        String value = pair.substring(equals + 1);
                        if (setCookie.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    }
                }
                return response;
            });
        }
    }

    static boolean hasForm(HttpResponse<String> page, String action) {
        Matcher matcher = ACTION.matcher(page.body());
        return page.statusCode() == 200 && matcher.find() && unescape(matcher.group(1)).equals(action);
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return fields;
    }

    static String formAction(String html) {
        Matcher matcher = ACTION.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no form in the page");
        }
        return unescape(matcher.group(1));
    }

    /** The query parameters of a redirect's {@code Location}. */
    static Map<String, String> query(String location) {
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
