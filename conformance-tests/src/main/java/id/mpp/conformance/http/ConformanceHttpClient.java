package id.mpp.conformance.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP client a conformance test uses: it sends a request exactly as built, records the exchange and checks
 * the response against the contract; the runner fails the test when any of its responses breaks the contract.
 */
public final class ConformanceHttpClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI baseUrl;
    private final ContractValidator validator;
    private final List<Exchange> exchanges = new ArrayList<>();

    /** A client for one test, against this base URL. */
    public ConformanceHttpClient(URI baseUrl, ContractValidator validator) {
        this.baseUrl = baseUrl;
        this.validator = validator;
    }

    /** Sends a GET of a path relative to the base URL. */
    public Exchange get(String pathAndQuery) {
        return send(HttpCall.get(pathAndQuery));
    }

    /** Sends the request, records the exchange and checks it against the contract. */
    public Exchange send(HttpCall call) {
        return sendForBytes(call).exchange();
    }

    /**
     * An exchange with the response body's exact bytes (a download), which the recorded exchange holds only as text.
     *
     * @param exchange the recorded exchange
     * @param body the response body's bytes
     */
    public record BinaryExchange(Exchange exchange, byte[] body) {
    }

    /** Sends the request like {@link #send} and answers the response body's exact bytes too. */
    public BinaryExchange sendForBytes(HttpCall call) {
        URI uri = call.pathAndQuery().startsWith("http") ? URI.create(call.pathAndQuery())
                : URI.create(baseUrl + call.pathAndQuery());
        HttpRequest.BodyPublisher publisher = call.bytes() != null ? HttpRequest.BodyPublishers.ofByteArray(call.bytes())
                : call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(call.method(), publisher);
        Map<String, List<String>> sentHeaders = new LinkedHashMap<>();
        call.headers().forEach((name, value) -> {
            request.header(name, value);
            sentHeaders.put(name, List.of(value));
        });
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("no answer from " + call.method() + " " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while calling " + uri, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, List<String>> received = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> received.put(name.toLowerCase(Locale.ROOT), values));
        Exchange exchange = new Exchange(call.method(), uri.toString(), sentHeaders, call.body(),
                response.statusCode(), received, new String(response.body(), StandardCharsets.UTF_8), millis, List.of());
        String basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        exchange = exchange.withViolations(validator.violations(exchange, basePath));
        exchanges.add(exchange);
        return new BinaryExchange(exchange, response.body());
    }

    /** Every exchange of this test so far, in order. */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }
}
