package id.mpp.server.http.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.application.ApplicationDirectory;
import id.mpp.server.domain.application.ApplicationFacts;
import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.http.sso.SsoFixture;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The survey with the real event store: the answer's {@code SURVEY_RESPONSE_SUBMITTED} reaches the agency's event
 * feed, and answers sent at once for one application record exactly one response and one event.
 */
@MicronautTest(transactional = false)
@Property(name = "mpp.events.dispatcher-enabled", value = "false")
class SurveyEventTest {

    private static final Map<String, ApplicationFacts> APPLICATIONS = new ConcurrentHashMap<>();
    private static final Ulids IDS = new Ulids(Clock.systemUTC());
    private static final String[] ELEMENTS = {"PERSYARATAN", "PROSEDUR", "WAKTU_PENYELESAIAN", "BIAYA_TARIF",
        "PRODUK_LAYANAN", "KOMPETENSI_PELAKSANA", "PERILAKU_PELAKSANA", "PENANGANAN_PENGADUAN", "SARANA_PRASARANA"};

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    @MockBean(ApplicationDirectory.class)
    ApplicationDirectory applications() {
        return id -> Optional.ofNullable(APPLICATIONS.get(id));
    }

    private static String body(int score) {
        return "{\"scores\":[" + IntStream.range(0, 9)
                .mapToObj(i -> "{\"element\":\"" + ELEMENTS[i] + "\",\"score\":" + score + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private ApplicationFacts completed(Account applicant) {
        String id = IDS.next("app_");
        ApplicationFacts facts = new ApplicationFacts(id, "MPP-3302-2026-" + id.substring(id.length() - 6),
                applicant.id(), "33-02-disdukcapil-akta-kelahiran", "33-02-disdukcapil", "33.02", "COMPLETED",
                Instant.now().minusSeconds(3600), Instant.now());
        APPLICATIONS.put(id, facts);
        return facts;
    }

    private List<JsonNode> surveyEvents(Http http, String applicationId) {
        HttpResponse<String> feed = http.get("/v1/events?type=SURVEY_RESPONSE_SUBMITTED&page_size=100",
                "Authorization", "Bearer " + SsoFixture.agencyToken(http));
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        Problems.json(feed.body()).path("items").forEach(event -> {
            if (event.toString().contains(applicationId)) {
                events.add(event);
            }
        });
        return events;
    }

    @Test
    @DisplayName("SKM-001: the answer's SURVEY_RESPONSE_SUBMITTED event reaches the agency's feed")
    void eventReachesTheFeed() {
        Http http = new Http(server);
        Citizens citizens = new Citizens(accounts, hasher, issuer, http);
        Account siti = citizens.create();
        ApplicationFacts app = completed(siti);

        HttpResponse<String> created = citizens.send("POST", "/v1/applications/" + app.id() + "/survey-response",
                citizens.token(siti, "applications.write"), "application/json", body(4));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(surveyEvents(http, app.id())).singleElement().satisfies(event -> {
            assertThat(event.toString()).contains("SURVEY_RESPONSE_SUBMITTED").contains(app.trackingNumber());
            assertThat(event.toString()).doesNotContain("comment").doesNotContain(siti.id());
        });
    }

    @Test
    @DisplayName("SKM-003: eight answers sent at once for one application: one 201, the others 409, one event")
    void concurrentAnswers() throws Exception {
        Http http = new Http(server);
        Citizens citizens = new Citizens(accounts, hasher, issuer, http);
        Account siti = citizens.create();
        ApplicationFacts app = completed(siti);
        String token = citizens.token(siti, "applications.write applications.read");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int score = i % 4 + 1;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return citizens.send("POST", "/v1/applications/" + app.id() + "/survey-response", token,
                            "application/json", body(score)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered).filteredOn(status -> status == 201).hasSize(1);
            assertThat(answered).filteredOn(status -> status == 409).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(citizens.get("/v1/applications/" + app.id() + "/survey-response", token).statusCode())
                .isEqualTo(200);
        assertThat(surveyEvents(http, app.id())).hasSize(1);
    }
}
