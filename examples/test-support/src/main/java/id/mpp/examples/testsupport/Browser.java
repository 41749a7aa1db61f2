package id.mpp.examples.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
 * A browser as far as the sign-in pages need one, with java.net.http: a cookie jar, no redirects followed, each
 * page's form posted back with its hidden fields (the CSRF token among them).
 */
public final class Browser {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final URI base;

    public Browser(URI base) {
        this.base = base;
    }

    /**
     * Signs in on the login page at {@code authorizationUrl}, allows the consent page when it comes, and follows
     * the final redirect to the app's loopback listener (without waiting for its page).
     */
    public void signIn(URI authorizationUrl, String username, String password) {
        HttpResponse<String> page = get(authorizationUrl);
        if (page.statusCode() == 200) {
            page = submit(page, "username", username, "password", password);
        }
        if (page.statusCode() == 200) {
            page = submit(page, "decision", "allow");
        }
        if (page.statusCode() != 302 && page.statusCode() != 303) {
            throw new AssertionError("the sign-in did not end in a redirect: " + page.statusCode() + "\n" + page.body());
        }
        URI callback = URI.create(page.headers().firstValue("Location").orElseThrow());
        // The loopback listener answers its page only once the app has finished with the code: do not wait for it.
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> get(URI url) {
        return send(HttpRequest.newBuilder(base.resolve(url)).GET().header("Accept", "text/html"));
    }

    private HttpResponse<String> submit(HttpResponse<String> page, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), unescape(hidden.group(2)));
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        Matcher action = ACTION.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("no form in the page: " + page.body());
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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

    private static String unescape(String text) {
        return text.replace("&#47;", "/").replace("&#61;", "=").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#96;", "`").replace("&amp;", "&");
    }
}
