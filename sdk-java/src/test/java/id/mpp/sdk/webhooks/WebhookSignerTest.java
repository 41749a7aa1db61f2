package id.mpp.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final byte[] BODY = WorkedExample.BODY.getBytes(StandardCharsets.UTF_8);

    @Test
    void theWorkedExampleOfTheContractIsReproducedByteForByte() {
        assertThat(BODY).hasSize(436);

        Map<String, String> headers = WebhookSigner.create(WorkedExample.SECRET)
                .sign(WorkedExample.ID, Instant.ofEpochSecond(WorkedExample.TIMESTAMP), BODY);

        assertThat(headers).containsExactly(
                Map.entry("webhook-id", "evt_01JDA4X7K2M9P3Q5R8S0T1V6W4"),
                Map.entry("webhook-timestamp", "1795162503"),
                Map.entry("webhook-signature", "v1,662G0YHDmo1kwEesL+ejYdXbppQE+UNE7yOlXEAZwZQ="));
    }

    @Test
    void duringARotationTheCurrentSecretsSignatureComesFirstThenThePreviousOne() {
        String header = WebhookSigner.create(WorkedExample.SECRET, WorkedExample.PREVIOUS_SECRET)
                .signature(WorkedExample.ID, WorkedExample.TIMESTAMP, BODY);

        assertThat(header).isEqualTo(WorkedExample.ROTATED_SIGNATURE);
    }

    @Test
    void theTimestampComesFromTheInjectedClockWhenNoneIsGiven() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:15:03.750Z"), ZoneOffset.UTC);

        Map<String, String> headers = WebhookSigner.create(clock, WorkedExample.SECRET).sign(WorkedExample.ID, BODY);

        assertThat(headers).containsEntry(WebhookHeaders.TIMESTAMP, "1795162503")
                .containsEntry(WebhookHeaders.SIGNATURE, WorkedExample.SIGNATURE);
    }

    @Test
    void whatTheSignerSignsTheVerifierAccepts() {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:15:03Z"), ZoneOffset.UTC);
        byte[] body = WorkedExample.BODY.getBytes(StandardCharsets.UTF_8);

        Map<String, String> headers = WebhookSigner.create(clock, List.of(secret)).sign(WorkedExample.ID, body);

        assertThat(WebhookVerifier.builder().secret(secret.reveal()).clock(clock).build().verify(headers, body).getId())
                .isEqualTo(WorkedExample.ID);
    }

    @Test
    void theSecretsKeyIsTheBase64AfterThePrefix() {
        WebhookSecret secret = WebhookSecret.parse(WorkedExample.SECRET);

        assertThat(HexFormat.of().formatHex(secret.key())).isEqualTo(WorkedExample.KEY_HEX);
        assertThat(secret.reveal()).isEqualTo(WorkedExample.SECRET);
    }

    @Test
    void aSecretNeverShowsItsKeyInToString() {
        assertThat(WebhookSecret.parse(WorkedExample.SECRET).toString()).isEqualTo("whsec_***");
    }

    @Test
    void aSecretWithoutThePrefixIsRejected() {
        assertThatThrownBy(() -> WebhookSecret.parse("1xFAH0Bf1XEK9rs/3DLomvwRZmNF90FO5VN1IyuNyRU="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whsec_");
    }

    @Test
    void aSecretWhoseKeyIsShorterThan24BytesIsRejected() {
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24 to 64 bytes");
    }

    @Test
    void aSecretThatIsNotBase64IsRejected() {
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_not*base64"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
