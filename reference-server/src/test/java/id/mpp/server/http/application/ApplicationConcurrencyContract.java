package id.mpp.server.http.application;

import static id.mpp.server.http.application.ApplicationKit.aktaForm;
import static id.mpp.server.http.application.ApplicationKit.documents;
import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.http.application.ApplicationKit.Person;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Idempotent submissions and changes (APP-015 to APP-018, APP-038) and concurrent officers on one ETag. */
abstract class ApplicationConcurrencyContract {

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationKit kit;
    @Inject
    ApplicationFakes.Vault vault;
    @Inject
    ApplicationFakes.Events events;

    private Person citizen;
    private String body;

    @BeforeEach
    void fixture() {
        citizen = kit.citizen();
        body = bodyFor(citizen);
    }

    private String bodyFor(Person person) {
        String skl = vault.add(person.id(), "SURAT_KETERANGAN_LAHIR", "UPLOADED");
        String kk = vault.add(person.id(), "KK", "VERIFIED");
        String ktp = vault.add(person.id(), "KTP_EL", "VERIFIED");
        return "{\"service_id\":\"" + ApplicationFakes.AKTA + "\",\"form\":" + aktaForm() + ",\"documents\":"
                + documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", ktp) + "}";
    }

    private int count(Person person) {
        return json(kit.get(person, "/v1/applications?page_size=100").body()).path("items").size();
    }

    @Test
    @DisplayName("Issue 6 acceptance: 200 simultaneous submissions with one Idempotency-Key create exactly one application")
    void twoHundredSubmissionsOneApplication() throws Exception {
        String key = "submit-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> {
                    start.await();
                    return kit.post(citizen, "/v1/applications", body, "Idempotency-Key", key);
                });
            }
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            Set<String> trackingNumbers = new HashSet<>();
            int created = 0;
            for (Future<HttpResponse<String>> future : futures) {
                HttpResponse<String> response = future.get();
                if (response.statusCode() == 201) {
                    created++;
                    JsonNode app = json(response.body());
                    ids.add(app.path("id").asText());
                    trackingNumbers.add(app.path("tracking_number").asText());
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                    assertThat(json(response.body()).path("type").asText()).endsWith("/idempotency-key-in-use");
                }
            }
            assertThat(created).isPositive();
            assertThat(ids).hasSize(1);
            assertThat(trackingNumbers).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count(citizen)).isEqualTo(1);
        String id = json(kit.get(citizen, "/v1/applications").body()).path("items").get(0).path("id").asText();
        assertThat(events.of(id)).hasSize(1);
        HttpResponse<String> replay = kit.post(citizen, "/v1/applications", body, "Idempotency-Key", key);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(json(replay.body()).path("id").asText()).isEqualTo(id);
    }

    @Test
    @DisplayName("Issue 6 acceptance: two officers acting on the same ETag at once, exactly one succeeds and the other gets 412")
    void twoOfficersOneEtag() throws Exception {
        String id = json(kit.post(citizen, "/v1/applications", body).body()).path("id").asText();
        Person agus = kit.officer("33-02-disdukcapil", "Agus Santoso");
        Person budi = kit.officer("33-02-disdukcapil", "Budi Prasetyo");
        String etag = kit.get(agus, "/v1/applications/" + id).headers().firstValue("ETag").orElseThrow();
        for (int round = 0; round < 3; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            String action = round == 0 ? "START_REVIEW" : round == 1 ? "APPROVE" : "COMPLETE";
            String current = etag;
            try {
                Future<HttpResponse<String>> a = pool.submit(() -> {
                    start.await();
                    return kit.post(agus, "/v1/applications/" + id + "/transitions", "{\"action\":\"" + action
                            + "\"}", "If-Match", current);
                });
                Future<HttpResponse<String>> b = pool.submit(() -> {
                    start.await();
                    return kit.post(budi, "/v1/applications/" + id + "/transitions", "{\"action\":\"" + action
                            + "\"}", "If-Match", current);
                });
                start.countDown();
                List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
                assertThat(statuses).as(a.get().body() + " / " + b.get().body()).containsExactlyInAnyOrder(200, 412);
                etag = (a.get().statusCode() == 200 ? a.get() : b.get()).headers().firstValue("ETag").orElseThrow();
            } finally {
                pool.shutdown();
            }
        }
        JsonNode app = json(kit.get(citizen, "/v1/applications/" + id).body());
        assertThat(app.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(app.path("timeline").size()).isEqualTo(4);
        assertThat(events.of(id)).hasSize(4);
        assertThat(vault.issued.stream().filter(i -> i.applicationId().equals(id))).hasSize(1);
    }

    @Test
    @DisplayName("APP-015, APP-016, APP-038: a replayed change answers the first response even after later changes; another body with the key answers 422")
    void replays() {
        String id = json(kit.post(citizen, "/v1/applications", body).body()).path("id").asText();
        Person officer = kit.officer("33-02-disdukcapil", "Agus Santoso");
        String key = "review-" + UUID.randomUUID();
        HttpResponse<String> first = kit.post(officer, "/v1/applications/" + id + "/transitions",
                "{\"action\":\"START_REVIEW\"}", "If-Match", "\"1\"", "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(kit.post(officer, "/v1/applications/" + id + "/transitions", "{\"action\":\"APPROVE\"}",
                "If-Match", etag).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = kit.post(officer, "/v1/applications/" + id + "/transitions",
                "{\"action\":\"START_REVIEW\"}", "If-Match", "\"1\"", "Idempotency-Key", key);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        HttpResponse<String> reused = kit.post(officer, "/v1/applications/" + id + "/transitions",
                "{\"action\":\"REJECT\",\"reason\":\"x\"}", "If-Match", "\"1\"", "Idempotency-Key", key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(json(reused.body()).path("type").asText()).endsWith("/idempotency-key-reused");
        JsonNode app = json(kit.get(citizen, "/v1/applications/" + id).body());
        assertThat(app.path("status").asText()).isEqualTo("APPROVED");
        assertThat(app.path("timeline").size()).isEqualTo(3);

        String cancelKey = "cancel-" + UUID.randomUUID();
        String other = json(kit.post(citizen, "/v1/applications", bodyFor(citizen)).body()).path("id").asText();
        HttpResponse<String> cancel = kit.post(citizen, "/v1/applications/" + other + "/cancellation", "{}",
                "If-Match", "\"1\"", "Idempotency-Key", cancelKey);
        HttpResponse<String> again = kit.post(citizen, "/v1/applications/" + other + "/cancellation", "{}",
                "If-Match", "\"1\"", "Idempotency-Key", cancelKey);
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(cancel.body());
        assertThat(json(kit.get(citizen, "/v1/applications/" + other).body()).path("timeline").size()).isEqualTo(2);
    }

    @Test
    @DisplayName("APP-018: the same key from another citizen is a new request with its own application")
    void keysAreScopedToTheUser() {
        Person other = kit.citizen();
        String key = "shared-" + UUID.randomUUID();
        HttpResponse<String> mine = kit.post(citizen, "/v1/applications", body, "Idempotency-Key", key);
        HttpResponse<String> theirs = kit.post(other, "/v1/applications", bodyFor(other), "Idempotency-Key", key);

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(json(mine.body()).path("id").asText()).isNotEqualTo(json(theirs.body()).path("id").asText());
        assertThat(count(citizen)).isEqualTo(1);
        assertThat(count(other)).isEqualTo(1);
    }
}
