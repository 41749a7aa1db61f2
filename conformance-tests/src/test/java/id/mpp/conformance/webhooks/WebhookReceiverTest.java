package id.mpp.conformance.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.conformance.config.WebhookConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyRequestIsRecordedWithItsHeadersExactBodyAndArrivalTime() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookConfig.defaults())) {
            String path = receiver.newPath("recorded");

            int status = post(receiver.url(path), "{\"id\":\"evt_1\"}", "evt_1");

            assertThat(status).isEqualTo(200);
            List<ReceivedRequest> got = receiver.await(path, rs -> rs.size() == 1, Duration.ofSeconds(5), "one request");
            assertThat(got.get(0).method()).isEqualTo("POST");
            assertThat(got.get(0).webhookId()).isEqualTo("evt_1");
            assertThat(got.get(0).text()).isEqualTo("{\"id\":\"evt_1\"}");
            assertThat(got.get(0).receivedAt()).isNotNull();
            assertThat(receiver.received(receiver.newPath("other"))).isEmpty();
        }
    }

    @Test
    void aPathAnswersWhatItsTestScripted() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookConfig.defaults())) {
            String gone = receiver.newPath("gone");
            String moved = receiver.newPath("moved");
            receiver.answer(gone, r -> Reply.status(410));
            receiver.answer(moved, r -> Reply.redirect("https://elsewhere.example/"));

            assertThat(post(receiver.url(gone), "{}", "evt_2")).isEqualTo(410);
            HttpResponse<Void> redirect = http.send(HttpRequest.newBuilder(URI.create(receiver.url(moved)))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location")).contains("https://elsewhere.example/");
        }
    }

    @Test
    void aSlowReplyAnswersOnlyAfterItsDelay() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookConfig.defaults())) {
            String path = receiver.newPath("slow");
            receiver.answer(path, r -> Reply.slow(Duration.ofMillis(150)));

            long started = System.nanoTime();
            int status = post(receiver.url(path), "{}", "evt_3");

            assertThat(status).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            assertThat(receiver.received(path)).as("recorded on arrival, before the answer").hasSize(1);
        }
    }

    @Test
    void waitingForADeliveryThatNeverComesFailsAtTheDeadlineNamingIt() {
        try (WebhookReceiver receiver = new WebhookReceiver(WebhookConfig.defaults())) {
            String path = receiver.newPath("silent");

            assertThatThrownBy(() -> receiver.await(path, rs -> !rs.isEmpty(), Duration.ofMillis(50), "the event"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("did not get the event at " + path);
        }
    }

    @Test
    void aPublicUrlReplacesTheLocalAddressInSubscribedUrls() {
        WebhookConfig behindNat = new WebhookConfig("127.0.0.1", 0, URI.create("https://hooks.vendor.example"), false);
        try (WebhookReceiver receiver = new WebhookReceiver(behindNat)) {
            assertThat(receiver.url("/mpp-conformance/x/y")).isEqualTo("https://hooks.vendor.example/mpp-conformance/x/y");
        }
    }

    private int post(String url, String body, String webhookId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("webhook-id", webhookId)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
