package id.mpp.conformance.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A pass-through HTTP proxy in front of the reference server (which names the proxy's URL as its issuer), able to
 * switch faults on so that the build proves the suite's sign-in tests fail against a server that breaks their rules.
 * Without faults it forwards every request and answer unchanged (hop-by-hop headers aside).
 */
public final class FaultProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings", "date");
    private static final String PROXY_VERIFIER = "fault-proxy-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile URI target;
    private volatile Set<ProxyFault> faults = Set.of();
    private final Map<String, String> lastTokenBySubject = new ConcurrentHashMap<>();
    private final Map<String, String> tokenById = new ConcurrentHashMap<>();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> answerByCode = new ConcurrentHashMap<>();
    private final Map<String, byte[]> answerByRefreshToken = new ConcurrentHashMap<>();

    private FaultProxy(HttpServer server) {
        this.server = server;
    }

    /** A proxy listening on a free port; {@link #forwardTo} names the server behind it. */
    public static FaultProxy start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        FaultProxy proxy = new FaultProxy(server);
        server.createContext("/", proxy::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return proxy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void forwardTo(URI target) {
        this.target = target;
    }

    /** Switches these faults on (none: a faithful proxy). */
    public void faults(Set<ProxyFault> faults) {
        lastTokenBySubject.clear();
        answerByCode.clear();
        answerByRefreshToken.clear();
        this.faults = Set.copyOf(faults);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            byte[] body = ex.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            Set<ProxyFault> on = faults;

            Map<String, String> form = "/v1/sso/token".equals(path) ? form(body) : Map.of();
            String grant = form.get("grant_type");
            if (on.contains(ProxyFault.CODE_REUSE_ACCEPTED) && "authorization_code".equals(grant)
                    && answerByCode.containsKey(form.get("code"))) {
                replay(ex, answerByCode.get(form.get("code")));
                return;
            }
            if (on.contains(ProxyFault.REFRESH_REUSE_ACCEPTED) && "refresh_token".equals(grant)
                    && answerByRefreshToken.containsKey(form.get("refresh_token"))) {
                replay(ex, answerByRefreshToken.get(form.get("refresh_token")));
                return;
            }
            if (on.contains(ProxyFault.PKCE_NOT_CHECKED)) {
                if ("/v1/sso/authorize".equals(path) && query != null && query.contains("code_challenge_method=S256")) {
                    query = replaceParam(query, "code_challenge", s256(PROXY_VERIFIER));
                }
                if ("authorization_code".equals(grant)) {
                    form.put("code_verifier", PROXY_VERIFIER);
                    body = encode(form);
                }
            }
            substituteBearer(headers, on);
            if (on.contains(ProxyFault.IF_MATCH_IGNORED) && "/v1/me".equals(path)
                    && (method.equals("PATCH") || method.equals("DELETE"))) {
                String etag = currentETag(headers);
                if (etag != null) {
                    headers.put("if-match", List.of(etag));
                }
            }

            HttpResponse<byte[]> response = forward(method, path, query, headers, body);
            byte[] answer = response.body();
            Map<String, List<String>> answerHeaders = new LinkedHashMap<>(response.headers().map());

            if ("/v1/sso/token".equals(path) && response.statusCode() == 200) {
                remember(answer);
                if ("authorization_code".equals(grant)) {
                    answerByCode.put(form.get("code"), answer);
                } else if ("refresh_token".equals(grant)) {
                    answerByRefreshToken.put(form.get("refresh_token"), answer);
                }
            }
            if (on.contains(ProxyFault.USERINFO_RELEASES_NIK) && "/v1/sso/userinfo".equals(path)
                    && response.statusCode() == 200) {
                ObjectNode info = (ObjectNode) JSON.readTree(answer);
                if (!info.has("nik")) {
                    info.put("nik", "3302012708950003");
                }
                answer = JSON.writeValueAsBytes(info);
            }
            if (on.contains(ProxyFault.REDIRECT_WITHOUT_ISS)) {
                List<String> location = answerHeaders.get("location");
                if (location != null && !location.isEmpty() && location.get(0).contains("iss=")) {
                    answerHeaders.put("location", List.of(removeParam(location.get(0), "iss")));
                }
            }
            answer = WebhookFaults.answer(on, method, path, response.statusCode(), answer);
            respond(ex, response.statusCode(), answerHeaders, answer, method);
        } catch (Exception e) {
            byte[] text = ("fault proxy: " + e).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(502, text.length);
            ex.getResponseBody().write(text);
        } finally {
            ex.close();
        }
    }

    private void substituteBearer(Map<String, List<String>> headers, Set<ProxyFault> on) {
        List<String> auth = headers.get("authorization");
        if (auth == null || auth.isEmpty() || !auth.get(0).startsWith("Bearer ")) {
            return;
        }
        String token = auth.get(0).substring("Bearer ".length()).trim();
        if (issuedTokens.contains(token)) {
            return;
        }
        JsonNode header = part(token, 0);
        JsonNode claims = part(token, 1);
        if (header == null || claims == null) {
            return;
        }
        String genuine = tokenById.getOrDefault(claims.path("jti").asText(),
                lastTokenBySubject.get(claims.path("sub").asText()));
        boolean none = "none".equalsIgnoreCase(header.path("alg").asText());
        if (genuine != null && (on.contains(ProxyFault.SIGNATURE_NOT_VERIFIED)
                || (none && on.contains(ProxyFault.ALG_NONE_ACCEPTED)))) {
            headers.put("authorization", List.of("Bearer " + genuine));
        }
    }

    private void remember(byte[] tokenAnswer) {
        try {
            String access = JSON.readTree(tokenAnswer).path("access_token").asText(null);
            if (access != null) {
                issuedTokens.add(access);
                JsonNode claims = part(access, 1);
                if (claims != null) {
                    // The forged token's own original when it is a copy (same jti), else the subject's latest:
                    // tests run in parallel, and an older token of the subject may be revoked by then.
                    lastTokenBySubject.put(claims.path("sub").asText(), access);
                    if (claims.hasNonNull("jti")) {
                        tokenById.put(claims.path("jti").asText(), access);
                    }
                }
            }
        } catch (IOException ignored) {
            // not JSON: nothing to remember
        }
    }

    private String currentETag(Map<String, List<String>> headers) throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(target.resolve("/v1/me")).GET();
        List<String> auth = headers.get("authorization");
        if (auth != null && !auth.isEmpty()) {
            get.header("Authorization", auth.get(0));
        }
        return client.send(get.build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("etag").orElse(null);
    }

    private HttpResponse<byte[]> forward(String method, String path, String query, Map<String, List<String>> headers,
            byte[] body) throws IOException, InterruptedException {
        URI uri = URI.create(target + path + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name)) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void respond(HttpExchange ex, int status, Map<String, List<String>> headers, byte[] body,
            String method) throws IOException {
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                ex.getResponseHeaders().put(name, values);
            }
        });
        boolean noBody = status == 204 || status == 304 || method.equals("HEAD") || body.length == 0;
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void replay(HttpExchange ex, byte[] answer) throws IOException {
        ex.getResponseHeaders().put("Content-Type", List.of("application/json"));
        ex.getResponseHeaders().put("Cache-Control", List.of("no-store"));
        ex.getResponseHeaders().put("Pragma", List.of("no-cache"));
        ex.getResponseHeaders().put("X-Request-Id", List.of("fault-proxy-replay"));
        ex.sendResponseHeaders(200, answer.length);
        ex.getResponseBody().write(answer);
    }

    private static JsonNode part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[index]));
        } catch (Exception e) {
            return null;
        }
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> map = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return map;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            map.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return map;
    }

    private static byte[] encode(Map<String, String> form) {
        StringJoiner j = new StringJoiner("&");
        form.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceParam(String query, String name, String value) {
        StringJoiner j = new StringJoiner("&");
        for (String pair : query.split("&")) {
            j.add(pair.startsWith(name + "=") ? name + "=" + value : pair);
        }
        return j.toString();
    }

    private static String removeParam(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringJoiner j = new StringJoiner("&");
        for (String pair : url.substring(q + 1).split("&")) {
            if (!pair.startsWith(name + "=")) {
                j.add(pair);
            }
        }
        return url.substring(0, q) + (j.length() == 0 ? "" : "?" + j);
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
