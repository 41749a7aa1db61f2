package id.mpp.sdk.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.webhooks.WebhookSigner;
import id.mpp.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's webhook receiver in the JDK's HTTP server on a free loopback port, with this test in MPP
 * Digital's place: it signs deliveries as the server does and sends them.
 */
class WebhookReceiverTest {

    /** The contract's worked example: its secret, event ID, timestamp and body. */
    private static final String SECRET = "whsec_1xFAH0Bf1XEK9rs/3DLomvwRZmNF90FO5VN1IyuNyRU=";
    private static final String EVENT_ID = "evt_01JDA4X7K2M9P3Q5R8S0T1V6W4";
    private static final Instant SENT_AT = Instant.ofEpochSecond(1795162503L);
    private static final byte[] BODY = ("{\"id\":\"evt_01JDA4X7K2M9P3Q5R8S0T1V6W4\",\"type\":\"APPLICATION_STATUS_CHANGED\","
            + "\"occurred_at\":\"2026-11-20T08:15:00Z\",\"agency_id\":\"33-02-disdukcapil\",\"region_code\":\"33.02\","
            + "\"application_id\":\"app_01JD8R0B2C3D4E5F6G7H8J9K0M\",\"tracking_number\":\"MPP-3302-2026-000417\","
            + "\"service_id\":\"33-02-disdukcapil-akta-kelahiran\",\"application_sequence\":2,\"data\":{\"from_status\":"
            + "\"SUBMITTED\",\"to_status\":\"IN_REVIEW\",\"action\":\"START_REVIEW\",\"actor_role\":\"OFFICER\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private final Clock receiverClock = Clock.fixed(SENT_AT.plusSeconds(2), ZoneOffset.UTC);
    private final BlockingQueue<Event> work = new LinkedBlockingQueue<>();
    private final HttpClient mppDigital = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer receiver;

    @BeforeEach
    void start() throws IOException {
        WebhookVerifier verifier = WebhookVerifier.builder().secret(SECRET).clock(receiverClock).build();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/mpp-digital/webhooks", WebhookReceiver.receiver(verifier, work));
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private int deliver(Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/mpp-digital/webhooks"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return mppDigital.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, String> signedAt(Instant instant, byte[] body) {
        return WebhookSigner.create(Clock.fixed(instant, ZoneOffset.UTC), SECRET).sign(EVENT_ID, body);
    }

    @Test
    void aCorrectlySignedDeliveryIsAcknowledgedWith204AndItsEventQueued() throws Exception {
        int status = deliver(signedAt(SENT_AT, BODY), BODY);

        assertThat(status).isEqualTo(204);
        assertThat(work).singleElement().satisfies(event -> {
            assertThat(event.getId()).isEqualTo(EVENT_ID);
            assertThat(event.getTrackingNumber()).isEqualTo("MPP-3302-2026-000417");
        });
    }

    @Test
    void aDeliveryWhoseBodyWasAlteredIsRefusedWith400AndNothingQueued() throws Exception {
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("IN_REVIEW", "APPROVED")
                .getBytes(StandardCharsets.UTF_8);

        int status = deliver(signedAt(SENT_AT, BODY), altered);

        assertThat(status).isEqualTo(400);
        assertThat(work).isEmpty();
    }

    @Test
    void aDeliveryReplayedMoreThanFiveMinutesLaterIsRefusedWith400() throws Exception {
        int status = deliver(signedAt(SENT_AT.minus(Duration.ofMinutes(6)), BODY), BODY);

        assertThat(status).isEqualTo(400);
        assertThat(work).isEmpty();
    }

    @Test
    void aDeliveryWithoutSignatureHeadersIsRefusedWith400() throws Exception {
        int status = deliver(Map.of(), BODY);

        assertThat(status).isEqualTo(400);
        assertThat(work).isEmpty();
    }
}
