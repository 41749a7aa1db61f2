package id.mpp.sdk.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.sdk.SdkVersion;
import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.errors.MppTransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small {@code GET}s of JSON documents of the provider (discovery, JWKS, userinfo) over the caller's client. */
final class JsonHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    JsonHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** Sends a {@code GET} with {@code Accept: application/json} and, when given, a bearer token. */
    HttpResponse<String> get(URI uri, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", SdkVersion.userAgent())
                .GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new MppTransportException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MppTransportException("GET " + uri + " was interrupted", e);
        }
    }

    /** Fetches a public JSON object; anything but {@code 200} with a JSON object is an error. */
    String getDocument(URI uri, String what) {
        HttpResponse<String> response = get(uri, null);
        if (response.statusCode() != 200) {
            throw new MppException("The " + what + " at " + uri + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** Parses a JSON object, naming the document in the error. */
    static JsonNode parseObject(String body, String what) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new MppException("The " + what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new MppException("The " + what + " is not JSON: " + e.getMessage(), e);
        }
    }
}
