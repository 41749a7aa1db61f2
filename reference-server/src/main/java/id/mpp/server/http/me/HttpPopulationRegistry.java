package id.mpp.server.http.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikFailureReason;
import id.mpp.server.domain.account.PopulationRegistry;
import id.mpp.server.domain.account.RegistryAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The population registry behind an HTTP endpoint ({@code mpp.population-registry.url}). The exchange, this
 * server's own since Dukcapil's interface is agreed per deployment: {@code POST} of
 * {@code {"nik": ..., "full_name": ..., "birth_date": "YYYY-MM-DD"}} as JSON with an optional bearer key, answered
 * {@code 200} with {@code {"result": "MATCH" | "MISMATCH" | "NOT_FOUND", "mismatch": "NAME_MISMATCH" |
 * "BIRTH_DATE_MISMATCH" | "NIK_INACTIVE"}}. Anything else (no connection, a timeout, another status, an unreadable
 * or unknown answer) is {@link RegistryAnswer#unavailable()}, never an exception (ACC-042). Nothing is logged:
 * the request carries the NIK.
 */
final class HttpPopulationRegistry implements PopulationRegistry {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;

    HttpPopulationRegistry(URI endpoint, String apiKey, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public RegistryAnswer check(Nik nik, String fullName, LocalDate birthDate) {
        ObjectNode body = JSON.createObjectNode();
        body.put("nik", nik.digits());
        body.put("full_name", fullName);
        body.put("birth_date", birthDate.toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return RegistryAnswer.unavailable();
            }
            return answer(JSON.readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            return RegistryAnswer.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegistryAnswer.unavailable();
        }
    }

    private static RegistryAnswer answer(JsonNode answer) {
        switch (answer.path("result").asText("")) {
            case "MATCH":
                return RegistryAnswer.match();
            case "NOT_FOUND":
                return RegistryAnswer.notFound();
            case "MISMATCH":
                String mismatch = answer.path("mismatch").asText("");
                if (mismatch.equals("NAME_MISMATCH") || mismatch.equals("BIRTH_DATE_MISMATCH")
                        || mismatch.equals("NIK_INACTIVE")) {
                    return RegistryAnswer.mismatch(NikFailureReason.valueOf(mismatch));
                }
                return RegistryAnswer.unavailable();
            default:
                return RegistryAnswer.unavailable();
        }
    }
}
