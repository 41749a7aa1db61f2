package id.mpp.sdk.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Turns a refusal of an OAuth endpoint into an {@link OAuthException}, reading the RFC 6749 §5.2 body. */
final class OAuthErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OAuthErrors() {
    }

    static OAuthException from(HttpResponse<String> response) {
        String requestId = response.headers().firstValue("X-Request-Id").orElse(null);
        String error = null;
        String description = null;
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body != null && body.isObject()) {
                error = text(body, "error");
                description = text(body, "error_description");
                if (description == null) {
                    description = text(body, "detail");
                }
            }
        } catch (IOException e) {
            // Not JSON (a proxy's error page, for example): the status alone has to do.
        }
        return new OAuthException(response.statusCode(), error, description, requestId);
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
