package id.mpp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** Assertions every problem response must pass (GEN-001, GEN-007). */
public final class Problems {

    static final String BASE = "https://mpp-digital.go.id/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** The body of {@code response}, after checking it is a problem of {@code slug} with the matching status. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response.body());
        assertThat(body.path("type").asText()).isEqualTo(BASE + slug);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("request_id").asText())
                .isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return body;
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
