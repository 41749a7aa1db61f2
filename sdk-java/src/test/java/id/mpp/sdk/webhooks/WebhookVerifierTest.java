package id.mpp.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.generated.model.EventType;
import id.mpp.sdk.webhooks.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

    private static final long SENT_AT = WorkedExample.TIMESTAMP;
    private static final Clock RECEIVED_SOON_AFTER = Clock.fixed(Instant.ofEpochSecond(SENT_AT + 7), ZoneOffset.UTC);
    private static final byte[] BODY = WorkedExample.BODY.getBytes(StandardCharsets.UTF_8);

    private final WebhookVerifier verifier = WebhookVerifier.builder()
            .secret(WorkedExample.SECRET)
            .clock(RECEIVED_SOON_AFTER)
            .build();

    @Test
    void aDeliveryWithTheContractsWorkedExampleSignatureIsAcceptedAndItsEventParsed() {
        Event event = verifier.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY);

        assertThat(event.getId()).isEqualTo("evt_01JDA4X7K2M9P3Q5R8S0T1V6W4");
        assertThat(event.getType()).isEqualTo(EventType.APPLICATION_STATUS_CHANGED);
        assertThat(event.getApplicationSequence()).isEqualTo(2);
        assertThat(event.getData().getFromStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(event.getData().getToStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aTamperedBodyIsRefused() {
        byte[] tampered = WorkedExample.BODY.replace("IN_REVIEW", "APPROVED").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(WorkedExample.headers(WorkedExample.SIGNATURE), tampered))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH))
                .hasMessageContaining("evt_01JDA4X7K2M9P3Q5R8S0T1V6W4");
    }

    @Test
    void aBodyReserialisedWithOtherWhitespaceIsRefused() {
        byte[] reformatted = WorkedExample.BODY.replace(",", ", ").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(WorkedExample.headers(WorkedExample.SIGNATURE), reformatted))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsRefused() {
        WebhookVerifier other = verifier.toBuilder().secrets(List.of(WorkedExample.PREVIOUS_SECRET)).build();

        assertThatThrownBy(() -> other.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void aTimestampChangedAfterSigningIsRefused() {
        Map<String, String> headers = new HashMap<>(WorkedExample.headers(WorkedExample.SIGNATURE));
        headers.put(WebhookHeaders.TIMESTAMP, Long.toString(SENT_AT + 1));

        assertThatThrownBy(() -> verifier.verify(headers, BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsRefused() {
        WebhookVerifier late = verifier.toBuilder()
                .clock(Clock.fixed(Instant.ofEpochSecond(SENT_AT + 301), ZoneOffset.UTC)).build();

        assertThatThrownBy(() -> late.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD))
                .hasMessageContaining("301 s in the past");
    }

    @Test
    void aTimestampMoreThanFiveMinutesAheadIsRefused() {
        WebhookVerifier early = verifier.toBuilder()
                .clock(Clock.fixed(Instant.ofEpochSecond(SENT_AT - 301), ZoneOffset.UTC)).build();

        assertThatThrownBy(() -> early.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_NEW));
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 300})
    void aTimestampExactlyFiveMinutesAwayIsStillAccepted(long offsetSeconds) {
        WebhookVerifier edge = verifier.toBuilder()
                .clock(Clock.fixed(Instant.ofEpochSecond(SENT_AT + offsetSeconds), ZoneOffset.UTC)).build();

        assertThat(edge.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY).getId())
                .isEqualTo(WorkedExample.ID);
    }

    @Test
    void aShorterToleranceIsHonoured() {
        WebhookVerifier strict = verifier.toBuilder().tolerance(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> strict.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD));
    }

    @ParameterizedTest
    @ValueSource(strings = {WebhookHeaders.ID, WebhookHeaders.TIMESTAMP, WebhookHeaders.SIGNATURE})
    void aMissingHeaderIsRefused(String missing) {
        Map<String, String> headers = new HashMap<>(WorkedExample.headers(WorkedExample.SIGNATURE));
        headers.remove(missing);

        assertThatThrownBy(() -> verifier.verify(headers, BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER))
                .hasMessageContaining(missing);
    }

    @Test
    void aTimestampThatIsNotUnixSecondsIsRefused() {
        Map<String, String> headers = new HashMap<>(WorkedExample.headers(WorkedExample.SIGNATURE));
        headers.put(WebhookHeaders.TIMESTAMP, "2026-11-20T08:15:03Z");

        assertThatThrownBy(() -> verifier.verify(headers, BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_TIMESTAMP));
    }

    @Test
    void bothSignaturesOfADeliveryDuringARotationAreChecked() {
        WebhookVerifier stillOnThePreviousSecret = verifier.toBuilder()
                .secrets(List.of(WorkedExample.PREVIOUS_SECRET)).build();

        assertThat(verifier.verify(WorkedExample.headers(WorkedExample.ROTATED_SIGNATURE), BODY).getId())
                .isEqualTo(WorkedExample.ID);
        assertThat(stillOnThePreviousSecret.verify(WorkedExample.headers(WorkedExample.ROTATED_SIGNATURE), BODY).getId())
                .isEqualTo(WorkedExample.ID);
    }

    @Test
    void aReceiverHoldingTheNewAndThePreviousSecretAcceptsDeliveriesSignedWithEither() {
        WebhookVerifier rotating = WebhookVerifier.builder()
                .secret(WorkedExample.SECRET)
                .secret(WorkedExample.PREVIOUS_SECRET)
                .clock(RECEIVED_SOON_AFTER)
                .build();
        String previousOnly = WebhookSigner.create(WorkedExample.PREVIOUS_SECRET).signature(WorkedExample.ID, SENT_AT, BODY);

        assertThat(rotating.verify(WorkedExample.headers(WorkedExample.SIGNATURE), BODY).getId()).isEqualTo(WorkedExample.ID);
        assertThat(rotating.verify(WorkedExample.headers(previousOnly), BODY).getId()).isEqualTo(WorkedExample.ID);
    }

    @Test
    void entriesOfOtherSignatureVersionsAreIgnored() {
        String header = "v1a,bm90LWFuLWVkMjU1MTktc2lnbmF0dXJl " + WorkedExample.SIGNATURE;

        assertThat(verifier.verify(WorkedExample.headers(header), BODY).getId()).isEqualTo(WorkedExample.ID);
    }

    @Test
    void aSignatureHeaderWithoutAnyV1EntryIsRefused() {
        assertThatThrownBy(() -> verifier.verify(WorkedExample.headers("v1a,bm90LWFuLWVkMjU1MTktc2lnbmF0dXJl"), BODY))
                .isInstanceOfSatisfying(WebhookSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_SIGNATURE));
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCase() {
        Map<String, String> headers = new TreeMap<>();
        WorkedExample.headers(WorkedExample.SIGNATURE).forEach((name, value) -> headers.put(name.toUpperCase(), value));

        assertThat(verifier.verify(headers, BODY).getId()).isEqualTo(WorkedExample.ID);
    }

    @Test
    void headersCanBeReadThroughALookUpFunction() {
        Map<String, String> headers = WorkedExample.headers(WorkedExample.SIGNATURE);

        assertThat(verifier.verify(headers::get, BODY).getId()).isEqualTo(WorkedExample.ID);
    }

    @Test
    void anEventFromANewerServerWithUnknownTypesAndMembersIsStillParsed() {
        String newer = WorkedExample.BODY
                .replace("APPLICATION_STATUS_CHANGED", "APPLICATION_ARCHIVED")
                .replace("\"data\":{", "\"priority\":\"HIGH\",\"data\":{\"archive_id\":\"arc_1\",");
        byte[] body = newer.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = WebhookSigner.create(WorkedExample.SECRET)
                .sign(WorkedExample.ID, Instant.ofEpochSecond(SENT_AT), body);

        Event event = verifier.verify(headers, body);

        assertThat(event.getType()).isEqualTo(EventType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(event.getTrackingNumber()).isEqualTo("MPP-3302-2026-000417");
    }

    @Test
    void aCorrectlySignedBodyThatIsNotAnEventIsReportedAsSuch() {
        byte[] body = "not json".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = WebhookSigner.create(WorkedExample.SECRET)
                .sign(WorkedExample.ID, Instant.ofEpochSecond(SENT_AT), body);

        assertThatThrownBy(() -> verifier.verify(headers, body))
                .isInstanceOf(MppException.class)
                .isNotInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("correctly signed but its body is not an event");
    }

    @Test
    void aVerifierWithoutSecretsCannotBeBuilt() {
        assertThatThrownBy(() -> WebhookVerifier.builder().build()).isInstanceOf(IllegalStateException.class);
    }
}
