package id.mpp.conformance.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    /** The example of the Standard Webhooks specification (its README and reference libraries' tests). */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureOfTheSpecificationsExampleIsReproduced() {
        assertThat(StandardWebhooks.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", BODY))
                .isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aRequestVerifiesWhenAnyEntryIsTheSecretsAndNotWithAnotherSecret() {
        ReceivedRequest request = request("v1,bm90LXRoaXMtb25l v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

        assertThat(StandardWebhooks.verifies(SECRET, request)).isTrue();
        assertThat(StandardWebhooks.verifies("whsec_c2VjcmV0LW9mLWFub3RoZXItc3Vic2NyaXB0aW9u", request)).isFalse();
        assertThat(StandardWebhooks.entries(request.header("webhook-signature"))).hasSize(2);
    }

    @Test
    void aChangedBodyNoLongerVerifies() {
        ReceivedRequest request = new ReceivedRequest("POST", "/hook", Map.of("webhook-id", List.of("msg_p5jXN8AQM9LWM0D4loKWxJek"),
                "webhook-timestamp", List.of("1614265330"),
                "webhook-signature", List.of("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")),
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), Instant.now());

        assertThat(StandardWebhooks.verifies(SECRET, request)).isFalse();
    }

    @Test
    void aSecretWithoutItsPrefixFailsTheTest() {
        assertThatThrownBy(() -> StandardWebhooks.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isInstanceOf(AssertionError.class);
    }

    private static ReceivedRequest request(String signature) {
        return new ReceivedRequest("POST", "/hook", Map.of("webhook-id", List.of("msg_p5jXN8AQM9LWM0D4loKWxJek"),
                "webhook-timestamp", List.of("1614265330"), "webhook-signature", List.of(signature)), BODY, Instant.now());
    }
}
