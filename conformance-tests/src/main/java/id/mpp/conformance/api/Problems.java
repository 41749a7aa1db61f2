package id.mpp.conformance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.http.Exchange;
import java.util.ArrayList;
import java.util.List;

/** Checks that tests share about RFC 9457 problem responses. */
public final class Problems {

    /** The prefix of every problem type URI of the contract's catalogue. */
    public static final String TYPE_PREFIX = "https://mpp-digital.go.id/problems/";

    private Problems() {
    }

    /** Asserts the exchange answered this status with an {@code application/problem+json} of this type. */
    public static JsonNode assertProblem(Exchange e, int status, String typeName) {
        assertThat(e.status()).as("status of %s %s", e.method(), e.url()).isEqualTo(status);
        assertThat(e.mediaType()).as("media type of the %s answer", status).isEqualTo("application/problem+json");
        JsonNode body = e.json();
        assertThat(body.path("type").asText()).as("problem type").isEqualTo(TYPE_PREFIX + typeName);
        assertThat(body.path("status").asInt()).as("problem status").isEqualTo(status);
        assertThat(body.path("title").isTextual()).as("problem has a title").isTrue();
        return body;
    }

    /** The pointers of a validation-error's {@code errors} list. */
    public static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(err -> pointers.add(err.path("pointer").asText()));
        return pointers;
    }
}
