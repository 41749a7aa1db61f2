package id.mpp.conformance.auth;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.http.Exchange;

/**
 * A token endpoint's successful answer.
 *
 * @param exchange the exchange that got it
 * @param body its JSON body
 * @param obtainedAtMillis when it was received (the suite's clock)
 */
public record Tokens(Exchange exchange, JsonNode body, long obtainedAtMillis) {

    public String accessToken() {
        return text("access_token");
    }

    public String refreshToken() {
        return text("refresh_token");
    }

    public String idToken() {
        return text("id_token");
    }

    /** Whether the access token still has at least this many seconds to live. */
    public boolean freshFor(long seconds) {
        long expiresIn = body.path("expires_in").asLong(0);
        return System.currentTimeMillis() + seconds * 1000 < obtainedAtMillis + expiresIn * 1000;
    }

    private String text(String name) {
        JsonNode n = body.path(name);
        return n.isTextual() ? n.asText() : null;
    }
}
