package id.mpp.sdk.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The worked signature example of the contract ({@code receiveWebhookEvent} in {@code events.yaml}), verbatim. */
final class WorkedExample {

    static final String SECRET = "whsec_1xFAH0Bf1XEK9rs/3DLomvwRZmNF90FO5VN1IyuNyRU=";
    static final String KEY_HEX = "d711401f405fd5710af6bb3fdc32e89afc11666345f7414ee55375232b8dc915";
    static final String PREVIOUS_SECRET = "whsec_yPm3s+AHIiosLa6PWMm+ciFKcZOR4toO4lH+//NLsME=";
    static final String ID = "evt_01JDA4X7K2M9P3Q5R8S0T1V6W4";
    static final long TIMESTAMP = 1795162503L;
    static final String BODY = "{\"id\":\"evt_01JDA4X7K2M9P3Q5R8S0T1V6W4\",\"type\":\"APPLICATION_STATUS_CHANGED\","
            + "\"occurred_at\":\"2026-11-20T08:15:00Z\",\"agency_id\":\"33-02-disdukcapil\",\"region_code\":\"33.02\","
            + "\"application_id\":\"app_01JD8R0B2C3D4E5F6G7H8J9K0M\",\"tracking_number\":\"MPP-3302-2026-000417\","
            + "\"service_id\":\"33-02-disdukcapil-akta-kelahiran\",\"application_sequence\":2,\"data\":{\"from_status\":"
            + "\"SUBMITTED\",\"to_status\":\"IN_REVIEW\",\"action\":\"START_REVIEW\",\"actor_role\":\"OFFICER\"}}";
    static final String SIGNATURE = "v1,662G0YHDmo1kwEesL+ejYdXbppQE+UNE7yOlXEAZwZQ=";
    static final String ROTATED_SIGNATURE =
            "v1,662G0YHDmo1kwEesL+ejYdXbppQE+UNE7yOlXEAZwZQ= v1,whk5lxm7cGhN3eU9u5y/l4N1j348YAGzB1Z0OoCpzhM=";

    private WorkedExample() {
    }

    /** The example's three headers, with {@code signature} as {@code webhook-signature}. */
    static Map<String, String> headers(String signature) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.ID, ID);
        headers.put(WebhookHeaders.TIMESTAMP, Long.toString(TIMESTAMP));
        headers.put(WebhookHeaders.SIGNATURE, signature);
        return headers;
    }
}
