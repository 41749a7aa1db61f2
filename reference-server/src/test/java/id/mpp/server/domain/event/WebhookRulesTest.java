package id.mpp.server.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plain rules of the webhooks: signing, the retry schedule, secrets. */
class WebhookRulesTest {

    private static final String BODY = "{\"id\":\"evt_01JDA4X7K2M9P3Q5R8S0T1V6W4\",\"type\":\"APPLICATION_STATUS_CHANGED\","
            + "\"occurred_at\":\"2026-11-20T08:15:00Z\",\"agency_id\":\"33-02-disdukcapil\",\"region_code\":\"33.02\","
            + "\"application_id\":\"app_01JD8R0B2C3D4E5F6G7H8J9K0M\",\"tracking_number\":\"MPP-3302-2026-000417\","
            + "\"service_id\":\"33-02-disdukcapil-akta-kelahiran\",\"application_sequence\":2,\"data\":{\"from_status\":"
            + "\"SUBMITTED\",\"to_status\":\"IN_REVIEW\",\"action\":\"START_REVIEW\",\"actor_role\":\"OFFICER\"}}";

    @Test
    @DisplayName("EVT-026, EVT-033: the contract's worked example, with one and with two secrets")
    void workedExample() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(436);
        assertThat(WebhookSigning.header(List.of("whsec_1xFAH0Bf1XEK9rs/3DLomvwRZmNF90FO5VN1IyuNyRU="),
                "evt_01JDA4X7K2M9P3Q5R8S0T1V6W4", 1795162503L, body))
                .isEqualTo("v1,662G0YHDmo1kwEesL+ejYdXbppQE+UNE7yOlXEAZwZQ=");
        assertThat(WebhookSigning.header(List.of("whsec_1xFAH0Bf1XEK9rs/3DLomvwRZmNF90FO5VN1IyuNyRU=",
                "whsec_yPm3s+AHIiosLa6PWMm+ciFKcZOR4toO4lH+//NLsME="), "evt_01JDA4X7K2M9P3Q5R8S0T1V6W4", 1795162503L,
                body)).isEqualTo("v1,662G0YHDmo1kwEesL+ejYdXbppQE+UNE7yOlXEAZwZQ="
                        + " v1,whk5lxm7cGhN3eU9u5y/l4N1j348YAGzB1Z0OoCpzhM=");
    }

    @Test
    @DisplayName("EVT-016: a new secret is whsec_ and the base64 of 32 random bytes")
    void newSecrets() {
        String secret = WebhookSigning.newSecret();
        assertThat(secret).matches("^whsec_[A-Za-z0-9+/]{43}=$").isNotEqualTo(WebhookSigning.newSecret());
    }

    @Test
    @DisplayName("EVT-028: 5 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h plus up to 10 %; Retry-After when longer"
            + " (at most 10 h); nothing after the 9th attempt")
    void retrySchedule() {
        Instant end = Instant.parse("2026-11-20T08:15:00Z");
        List<Duration> expected = List.of(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
                Duration.ofHours(10));
        for (int attempt = 1; attempt <= 8; attempt++) {
            Duration base = expected.get(attempt - 1);
            assertThat(RetrySchedule.next(attempt, end, 0, null)).hasValue(end.plus(base));
            Instant longest = RetrySchedule.next(attempt, end, 0.9999, null).orElseThrow();
            assertThat(Duration.between(end, longest)).isBetween(base, base.plus(base.dividedBy(10)));
        }
        assertThat(RetrySchedule.next(9, end, 0, null)).isEmpty();
        assertThat(RetrySchedule.next(1, end, 0, Duration.ofSeconds(120))).hasValue(end.plusSeconds(120));
        assertThat(RetrySchedule.next(3, end, 0, Duration.ofSeconds(1))).hasValue(end.plus(Duration.ofMinutes(5)));
        assertThat(RetrySchedule.next(1, end, 0, Duration.ofHours(30))).hasValue(end.plus(Duration.ofHours(10)));
    }

    @Test
    @DisplayName("EVT-018: address ranges refused at delivery, IPv4-mapped forms included")
    void forbiddenAddresses() throws Exception {
        for (String refused : List.of("0.1.2.3", "10.0.0.1", "100.64.0.1", "100.127.255.255", "127.0.0.1",
                "169.254.1.1", "172.16.0.1", "172.31.255.255", "192.168.0.1", "::", "::1", "fc00::1", "fd12::1",
                "fe80::1", "::ffff:192.168.0.1")) {
            assertThat(WebhookUrlPolicy.forbiddenAddress(java.net.InetAddress.getByName(refused))).as(refused)
                    .isTrue();
        }
        for (String allowed : List.of("8.8.8.8", "100.128.0.1", "172.32.0.1", "192.169.0.1", "2001:db8::1")) {
            assertThat(WebhookUrlPolicy.forbiddenAddress(java.net.InetAddress.getByName(allowed))).as(allowed)
                    .isFalse();
        }
    }
}
