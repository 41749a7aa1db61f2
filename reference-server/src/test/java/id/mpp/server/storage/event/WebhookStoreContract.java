package id.mpp.server.storage.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the webhook store must do on every database the server supports; each subclass names one. */
abstract class WebhookStoreContract {
    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    @Inject
    JdbcWebhookStore store;

    @Inject
    JdbcEventStore events;

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
    }

    private static StoredSubscription subscription(String agency, String url, String... types) {
        return new StoredSubscription(id("whs_"), agency, url, List.of(types), "note", true, null, null,
                "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", null, null, null, T, T, 1);
    }

    @Test
    @DisplayName("EVT-020, EVT-021, EVT-022: one URL per agency; reads by agency; a change applies only at its version")
    void subscriptions() {
        String agency = EventStoreContract.agency();
        StoredSubscription s = subscription(agency, "https://a.example/hooks", "APPLICATION_SUBMITTED");
        assertThat(store.create(s)).isTrue();
        assertThat(store.create(subscription(agency, "https://a.example/hooks", "APPLICATION_SUBMITTED"))).isFalse();
        assertThat(store.create(subscription(EventStoreContract.agency(), "https://a.example/hooks",
                "APPLICATION_SUBMITTED"))).isTrue();

        assertThat(store.find(agency, s.id())).hasValue(s);
        assertThat(store.find("another-agency", s.id())).isEmpty();
        assertThat(store.countOf(agency)).isEqualTo(1);

        StoredSubscription paused = new StoredSubscription(s.id(), agency, s.url(), s.eventTypes(), null, false,
                "DEACTIVATED_BY_CLIENT", T.plusSeconds(1), s.secret(), null, null, null, T, T.plusSeconds(1), 2);
        assertThat(store.update(paused, 2)).isFalse();
        assertThat(store.update(paused, 1)).isTrue();
        assertThat(store.find(agency, s.id())).hasValue(paused);
        assertThat(store.list(agency, true, null, null, 10)).isEmpty();
        assertThat(store.list(agency, false, null, null, 10)).containsExactly(paused);

        assertThat(store.delete(s.id(), 1)).isFalse();
        assertThat(store.delete(s.id(), 2)).isTrue();
        assertThat(store.find(s.id())).isEmpty();
    }

    @Test
    @DisplayName("EVT-025, EVT-031: recording fans out to active subscriptions of the type; an application's next"
            + " event is due only once the previous one is settled; a claim keeps a delivery from a second dispatcher")
    void deliveries() {
        String agency = EventStoreContract.agency();
        StoredSubscription s = subscription(agency, "https://b.example/hooks", "APPLICATION_SUBMITTED",
                "APPLICATION_STATUS_CHANGED");
        StoredSubscription other = subscription(agency, "https://c.example/hooks", "DOCUMENT_VERIFIED");
        store.create(s);
        store.create(other);
        String app = EventStoreContract.application();
        String first = events.record(EventStoreContract.submitted(agency, app, T));
        String second = events.record(EventStoreContract.changed(agency, app, T));
        Instant now = Instant.now().plusSeconds(1);

        List<DueDelivery> due = store.due(now, 1000).stream().filter(d -> d.subscriptionId().equals(s.id())
                || d.subscriptionId().equals(other.id())).toList();
        assertThat(due).extracting(DueDelivery::eventId).containsExactly(first);
        assertThat(store.claim(s.id(), first, now, now.plusSeconds(60))).isTrue();
        assertThat(store.claim(s.id(), first, now, now.plusSeconds(60))).isFalse();

        store.settle(s.id(), first, "PENDING", 1, now.plusSeconds(5));
        assertThat(store.due(now, 1000)).extracting(DueDelivery::eventId).doesNotContain(first, second);
        store.settle(s.id(), first, "SUCCEEDED", 2, null);
        assertThat(store.due(now, 1000)).extracting(DueDelivery::eventId).contains(second);

        store.disable(s.id(), "RECEIVER_GONE", now);
        assertThat(store.due(now, 1000)).extracting(DueDelivery::eventId).doesNotContain(second);
        StoredSubscription disabled = store.find(s.id()).orElseThrow();
        assertThat(disabled.active()).isFalse();
        assertThat(disabled.version()).isEqualTo(2);
        assertThat(disabled.disabledReason()).isEqualTo("RECEIVER_GONE");
    }

    @Test
    @DisplayName("EVT-032: the log numbers attempts per event and pages newest first")
    void log() {
        String agency = EventStoreContract.agency();
        StoredSubscription s = subscription(agency, "https://d.example/hooks", "APPLICATION_SUBMITTED");
        store.create(s);
        String event = "evt_01JDA4X7K2M9P3Q5R8S0T1V6W4";
        for (int i = 0; i < 3; i++) {
            StoredAttempt logged = store.log(new StoredAttempt(id("att_"), s.id(), event, "APPLICATION_SUBMITTED", 0,
                    "AUTOMATIC", T.plusSeconds(i), 10, i == 2 ? 200 : null, i == 2 ? "SUCCEEDED" : "RETRY_SCHEDULED",
                    i == 2 ? null : "TIMEOUT", i == 2 ? null : T.plusSeconds(i + 5)));
            assertThat(logged.attemptNumber()).isEqualTo(i + 1);
        }
        List<StoredAttempt> page = store.attempts(s.id(), null, null, null, 0, null, 2);
        assertThat(page).extracting(StoredAttempt::attemptNumber).containsExactly(3, 2);
        assertThat(page.get(0).responseStatus()).isEqualTo(200);
        assertThat(page.get(1).responseStatus()).isNull();
        StoredAttempt last = page.get(1);
        assertThat(store.attempts(s.id(), null, null, last.attemptedAt(), last.attemptNumber(), last.id(), 2))
                .extracting(StoredAttempt::attemptNumber).containsExactly(1);
        assertThat(store.attempts(s.id(), event, "SUCCEEDED", null, 0, null, 10)).hasSize(1);
        assertThat(store.attempts(s.id(), "evt_01JDA3R5N8B2C4D6F8G0H2J4K6", null, null, 0, null, 10)).isEmpty();
    }
}
