package id.mpp.server.http.event;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.http.Http;
import id.mpp.server.http.sso.SsoFixture;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the event tests share: the demo agency's back-end ({@code 33-02-disdukcapil}), a second agency's back-end
 * ({@code 33-02-dinkes}) and a client with the scope but no agency, their tokens, requests with a bearer token, and
 * events recorded straight through the {@link EventRecorder} port (the applications are built elsewhere).
 */
final class EventFixture {
    static final String AGENCY_A = "33-02-disdukcapil";
    static final String AGENCY_B = "33-02-dinkes";
    static final String CLIENT_B = "test-agency-b";
    static final String SECRET_B = "agency-b-secret-for-tests-only-0123456789";
    static final String CLIENT_NONE = "test-no-agency";

    private final Http http;
    private final EventRecorder recorder;

    EventFixture(Http http, EventRecorder recorder) {
        this.http = http;
        this.recorder = recorder;
    }

    /** The test clients, the dispatcher driven by hand, and development mode (WireMock on localhost). */
    static Map<String, String> properties(boolean developmentMode) {
        Map<String, String> properties = new HashMap<>();
        properties.put("mpp.clients." + CLIENT_B + ".type", "confidential");
        properties.put("mpp.clients." + CLIENT_B + ".auth-method", "client_secret_basic");
        properties.put("mpp.clients." + CLIENT_B + ".secret-hash", "sha256$iJk71jcHtkXcv_S5zdVdKaZc66KplmYg2wEGSzMHB6Q");
        properties.put("mpp.clients." + CLIENT_B + ".grant-types", "client_credentials");
        properties.put("mpp.clients." + CLIENT_B + ".agency-id", AGENCY_B);
        properties.put("mpp.clients." + CLIENT_B + ".scopes", "officer agency.events");
        properties.put("mpp.clients." + CLIENT_NONE + ".type", "confidential");
        properties.put("mpp.clients." + CLIENT_NONE + ".auth-method", "client_secret_basic");
        properties.put("mpp.clients." + CLIENT_NONE + ".secret-hash", "sha256$iJk71jcHtkXcv_S5zdVdKaZc66KplmYg2wEGSzMHB6Q");
        properties.put("mpp.clients." + CLIENT_NONE + ".grant-types", "client_credentials");
        properties.put("mpp.clients." + CLIENT_NONE + ".scopes", "agency.events");
        properties.put("mpp.events.dispatcher-enabled", "false");
        properties.put("mpp.events.development-mode", Boolean.toString(developmentMode));
        properties.put("mpp.events.attempt-timeout", "2s");
        return properties;
    }

    String tokenA() {
        return SsoFixture.agencyToken(http);
    }

    String tokenB() {
        return clientToken(CLIENT_B, SECRET_B, "officer agency.events");
    }

    String tokenWithoutAgency() {
        return clientToken(CLIENT_NONE, SECRET_B, "agency.events");
    }

    private String clientToken(String client, String secret, String scope) {
        HttpResponse<String> response = SsoFixture.postForm(http, "/v1/sso/token", SsoFixture.basic(client, secret),
                "grant_type", "client_credentials", "scope", scope);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.body());
        }
        return SsoFixture.json(response.body()).path("access_token").asText();
    }

    HttpResponse<String> get(String path, String token) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = http.request(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build());
    }

    /** The feed's token at its current end for {@code query} (e.g. {@code "type=..."}), reading every page. */
    String tail(String token, String query) {
        String pageToken = null;
        while (true) {
            JsonNode page = SsoFixture.json(get(feed(query, pageToken, 100), token).body());
            pageToken = page.path("next_page_token").asText();
            if (page.path("items").size() < 100) {
                return pageToken;
            }
        }
    }

    static String feed(String query, String pageToken, Integer pageSize) {
        StringBuilder path = new StringBuilder("/v1/events?");
        if (query != null && !query.isEmpty()) {
            path.append(query).append('&');
        }
        if (pageSize != null) {
            path.append("page_size=").append(pageSize).append('&');
        }
        if (pageToken != null) {
            path.append("page_token=").append(URLEncoder.encode(pageToken, StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    static String application() {
        return "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase()
                .replace('I', 'J').replace('L', 'K').replace('O', 'P').replace('U', 'V');
    }

    String submitted(String agency, String application) {
        return recorder.record(new NewEvent("APPLICATION_SUBMITTED", Instant.now(), agency, "33.02", application,
                "MPP-3302-2026-000417", agency + "-akta-kelahiran", "CITIZEN", null, "SUBMITTED", null, null, null));
    }

    String reviewed(String agency, String application) {
        return recorder.record(new NewEvent("APPLICATION_STATUS_CHANGED", Instant.now(), agency, "33.02",
                application, "MPP-3302-2026-000417", agency + "-akta-kelahiran", "OFFICER", "SUBMITTED", "IN_REVIEW",
                "START_REVIEW", null, null));
    }

    String cancelled(String agency, String application) {
        return recorder.record(new NewEvent("APPLICATION_CANCELLED", Instant.now(), agency, "33.02", application,
                "MPP-3302-2026-000417", agency + "-akta-kelahiran", "CITIZEN", "SUBMITTED", "CANCELLED", "CANCEL",
                null, null));
    }

    String documentVerified(String agency, String application) {
        return recorder.record(new NewEvent("DOCUMENT_VERIFIED", Instant.now(), agency, "33.02", application,
                "MPP-3302-2026-000417", agency + "-akta-kelahiran", "OFFICER", null, null, null,
                "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W", "KK"));
    }
}
