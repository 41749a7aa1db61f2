package id.mpp.server.http.satisfaction;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.application.ApplicationDirectory;
import id.mpp.server.domain.application.ApplicationFacts;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SKM survey over HTTP (SKM-001 to SKM-012). The applications are stand-ins ({@link ApplicationDirectory} as a
 * map the tests fill) and the events are captured ({@link EventRecorder}), so that these tests prove the survey's own
 * rules; each test uses applications, and where it counts results, services, of its own.
 */
@MicronautTest
class SurveyEndpointsTest {

    private static final Map<String, ApplicationFacts> APPLICATIONS = new ConcurrentHashMap<>();
    private static final List<NewEvent> EVENTS = Collections.synchronizedList(new ArrayList<>());
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

    private Http http;
    private Citizens citizens;

    @MockBean(ApplicationDirectory.class)
    ApplicationDirectory applications() {
        return id -> Optional.ofNullable(APPLICATIONS.get(id));
    }

    @MockBean(EventRecorder.class)
    EventRecorder events() {
        return event -> {
            EVENTS.add(event);
            return IDS.next("evt_");
        };
    }

    @BeforeEach
    void connect() {
        http = new Http(server);
        citizens = new Citizens(accounts, hasher, issuer, http);
    }

    /** An application of {@code applicant} for {@code serviceId} (of agency {@code agencyId}) in {@code status}. */
    private static ApplicationFacts application(Account applicant, String serviceId, String agencyId, String status) {
        String id = IDS.next("app_");
        ApplicationFacts facts = new ApplicationFacts(id, "MPP-3302-2026-" + id.substring(id.length() - 6),
                applicant.id(), serviceId, agencyId, serviceId.substring(0, 5).replace('-', '.'), status,
                Instant.now().minusSeconds(86_400), "COMPLETED".equals(status) ? Instant.now() : null);
        APPLICATIONS.put(id, facts);
        return facts;
    }

    private static String body(int... scores) {
        return "{\"scores\":[" + IntStream.range(0, 9)
                .mapToObj(i -> "{\"element\":\"" + ELEMENTS[i] + "\",\"score\":" + scores[i] + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private HttpResponse<String> submit(String token, String applicationId, String body, String... headers) {
        return citizens.send("POST", "/v1/applications/" + applicationId + "/survey-response", token,
                "application/json", body, headers);
    }

    private HttpResponse<String> read(String token, String applicationId) {
        return citizens.get("/v1/applications/" + applicationId + "/survey-response", token);
    }

    private String writeToken(Account account) {
        return citizens.token(account, "openid applications.write applications.read");
    }

    @Test
    @DisplayName("SKM-001: the applicant answers a completed application: 201, read back, event recorded")
    void applicantAnswersCompletedApplication() {
        Account siti = citizens.create();
        ApplicationFacts app = application(siti, "33-02-disdukcapil-akta-kelahiran", "33-02-disdukcapil",
                "COMPLETED");
        String body = "{\"scores\":[{\"element\":\"SARANA_PRASARANA\",\"score\":3},"
                + "{\"element\":\"PERSYARATAN\",\"score\":4},{\"element\":\"PROSEDUR\",\"score\":3},"
                + "{\"element\":\"WAKTU_PENYELESAIAN\",\"score\":4},{\"element\":\"BIAYA_TARIF\",\"score\":4},"
                + "{\"element\":\"PRODUK_LAYANAN\",\"score\":4},{\"element\":\"KOMPETENSI_PELAKSANA\",\"score\":3},"
                + "{\"element\":\"PERILAKU_PELAKSANA\",\"score\":4},{\"element\":\"PENANGANAN_PENGADUAN\",\"score\":3}],"
                + "\"comment\":\"Akta kelahiran terbit sebelum batas waktu.\",\"respondent\":{\"age_group\":"
                + "\"AGE_30_TO_39\",\"gender\":\"PEREMPUAN\",\"education\":\"D4_S1\",\"occupation\":\"SWASTA\"},"
                + "\"extra\":true}";

        HttpResponse<String> created = submit(writeToken(siti), app.id(), body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValue("/v1/applications/" + app.id() + "/survey-response");
        JsonNode response = Problems.json(created.body());
        assertThat(response.path("application_id").asText()).isEqualTo(app.id());
        assertThat(response.path("service_id").asText()).isEqualTo("33-02-disdukcapil-akta-kelahiran");
        assertThat(response.path("scores").size()).isEqualTo(9);
        assertThat(response.path("scores").get(0).path("element").asText()).isEqualTo("PERSYARATAN");
        assertThat(response.path("scores").get(0).path("score").asInt()).isEqualTo(4);
        assertThat(response.path("scores").get(8).path("element").asText()).isEqualTo("SARANA_PRASARANA");
        assertThat(response.path("comment").asText()).isEqualTo("Akta kelahiran terbit sebelum batas waktu.");
        assertThat(response.path("respondent").path("education").asText()).isEqualTo("D4_S1");
        assertThat(Instant.parse(response.path("submitted_at").asText())).isBefore(Instant.now().plusSeconds(1));

        HttpResponse<String> again = read(citizens.token(siti, "applications.read"), app.id());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Problems.json(again.body())).isEqualTo(response);

        assertThat(EVENTS).filteredOn(event -> event.applicationId().equals(app.id())).singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("SURVEY_RESPONSE_SUBMITTED");
                    assertThat(event.agencyId()).isEqualTo("33-02-disdukcapil");
                    assertThat(event.regionCode()).isEqualTo("33.02");
                    assertThat(event.serviceId()).isEqualTo(app.serviceId());
                    assertThat(event.trackingNumber()).isEqualTo(app.trackingNumber());
                    assertThat(event.actorRole()).isEqualTo("CITIZEN");
                    assertThat(event.fromStatus()).isNull();
                    assertThat(event.toStatus()).isNull();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "IN_REVIEW", "NEEDS_REVISION", "APPROVED", "REJECTED", "CANCELLED"})
    @DisplayName("SKM-002: an application that is not COMPLETED answers 409 survey-not-allowed and records nothing")
    void notCompletedIsRefused(String status) {
        Account siti = citizens.create();
        ApplicationFacts app = application(siti, "33-02-disdukcapil-kartu-keluarga", "33-02-disdukcapil", status);

        JsonNode problem = assertProblem(submit(writeToken(siti), app.id(), body(4, 4, 4, 4, 4, 4, 4, 4, 4)), 409,
                "survey-not-allowed");

        assertThat(problem.path("detail").asText()).contains(app.trackingNumber());
        assertProblem(read(writeToken(siti), app.id()), 404, "not-found");
        assertThat(EVENTS).noneMatch(event -> event.applicationId().equals(app.id()));
    }

    @Test
    @DisplayName("SKM-003: a second answer is refused and the first kept; the first request's key replays its 201")
    void answeredOnce() {
        Account siti = citizens.create();
        String token = writeToken(siti);
        ApplicationFacts app = application(siti, "33-02-disdukcapil-akta-kematian", "33-02-disdukcapil",
                "COMPLETED");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = submit(token, app.id(), body(4, 4, 4, 4, 4, 4, 4, 4, 4), "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);

        JsonNode conflict = assertProblem(submit(token, app.id(), body(1, 1, 1, 1, 1, 1, 1, 1, 1),
                "Idempotency-Key", UUID.randomUUID().toString()), 409, "survey-already-submitted");
        assertThat(conflict.path("detail").asText()).contains(app.trackingNumber());
        assertProblem(submit(token, app.id(), body(2, 2, 2, 2, 2, 2, 2, 2, 2)), 409, "survey-already-submitted");

        HttpResponse<String> replay = submit(token, app.id(), body(4, 4, 4, 4, 4, 4, 4, 4, 4), "Idempotency-Key", key);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(Problems.json(replay.body())).isEqualTo(Problems.json(first.body()));
        assertThat(Problems.json(read(token, app.id()).body())).isEqualTo(Problems.json(first.body()));
        assertThat(EVENTS).filteredOn(event -> event.applicationId().equals(app.id())).hasSize(1);
    }

    @Test
    @DisplayName("SKM-004: every missing, repeated and unknown element is listed with its pointer; nothing recorded")
    void elementsExactlyOnce() {
        Account siti = citizens.create();
        ApplicationFacts app = application(siti, "33-02-disdukcapil-pindah-keluar", "33-02-disdukcapil",
                "COMPLETED");
        String body = "{\"scores\":[{\"element\":\"KEAMANAN\",\"score\":4},{\"element\":\"PROSEDUR\",\"score\":3},"
                + "{\"element\":\"WAKTU_PENYELESAIAN\",\"score\":4},{\"element\":\"BIAYA_TARIF\",\"score\":4},"
                + "{\"element\":\"PRODUK_LAYANAN\",\"score\":4},{\"element\":\"KOMPETENSI_PELAKSANA\",\"score\":3},"
                + "{\"element\":\"PERILAKU_PELAKSANA\",\"score\":4},{\"element\":\"PENANGANAN_PENGADUAN\",\"score\":3},"
                + "{\"element\":\"PROSEDUR\",\"score\":3}]}";

        JsonNode problem = assertProblem(submit(writeToken(siti), app.id(), body), 400, "validation-error");

        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.path("pointer").asText() + " "
                + error.path("code").asText()));
        assertThat(errors).containsExactlyInAnyOrder("#/scores/0/element UNKNOWN", "#/scores/8/element DUPLICATE",
                "#/scores REQUIRED", "#/scores REQUIRED");
        assertThat(problem.path("errors").toString()).contains("PERSYARATAN").contains("SARANA_PRASARANA");
        assertProblem(read(writeToken(siti), app.id()), 404, "not-found");

        JsonNode missing = assertProblem(submit(writeToken(siti), app.id(), "{\"comment\":\"x\"}"), 400,
                "validation-error");
        assertThat(missing.path("errors").get(0).path("pointer").asText()).isEqualTo("#/scores");
        assertThat(missing.path("errors").get(0).path("code").asText()).isEqualTo("REQUIRED");
        JsonNode eight = assertProblem(submit(writeToken(siti), app.id(),
                body(4, 4, 4, 4, 4, 4, 4, 4, 4).replace(",{\"element\":\"SARANA_PRASARANA\",\"score\":4}", "")),
                400, "validation-error");
        assertThat(eight.path("errors").size()).isEqualTo(1);
        assertThat(eight.path("errors").get(0).path("message").asText()).contains("SARANA_PRASARANA");
        assertThat(EVENTS).noneMatch(event -> event.applicationId().equals(app.id()));
    }

    @Test
    @DisplayName("SKM-005: a score that is not an integer from 1 to 4 is refused at its pointer; nothing recorded")
    void scoresOneToFour() {
        Account siti = citizens.create();
        ApplicationFacts app = application(siti, "33-02-disdukcapil-ktp-el-pengganti", "33-02-disdukcapil",
                "COMPLETED");
        String body = body(5, 0, 4, 4, 4, 4, 4, 4, 4).replace("\"score\":4}]", "\"score\":\"4\"}]")
                .replace("{\"element\":\"BIAYA_TARIF\",\"score\":4}", "{\"element\":\"BIAYA_TARIF\",\"score\":2.5}");

        JsonNode problem = assertProblem(submit(writeToken(siti), app.id(), body), 400, "validation-error");

        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(error.path("pointer").asText() + " "
                + error.path("code").asText()));
        assertThat(errors).containsExactlyInAnyOrder("#/scores/0/score OUT_OF_RANGE", "#/scores/1/score OUT_OF_RANGE",
                "#/scores/3/score INVALID_TYPE", "#/scores/8/score INVALID_TYPE");
        assertProblem(read(writeToken(siti), app.id()), 404, "not-found");

        assertProblem(submit(writeToken(siti), app.id(), "{\"scores\": [}"), 400, "malformed-request");
        JsonNode comment = assertProblem(submit(writeToken(siti), app.id(),
                body(4, 4, 4, 4, 4, 4, 4, 4, 4).replace("]}", "],\"comment\":\"" + "a".repeat(1001) + "\","
                        + "\"respondent\":{\"gender\":\"X\"}}")), 400, "validation-error");
        List<String> others = new ArrayList<>();
        comment.path("errors").forEach(error -> others.add(error.path("pointer").asText()));
        assertThat(others).containsExactly("#/comment", "#/respondent/gender");
        assertThat(submit(writeToken(siti), app.id(), body(4, 4, 4, 4, 4, 4, 4, 4, 4).replace("4}", "4.0}"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("SKM-006: another citizen and the applicant before answering get 404; tokens without scope 401/403")
    void onlyTheApplicant() {
        Account siti = citizens.create();
        Account budi = citizens.create();
        ApplicationFacts app = application(siti, "33-72-disdukcapil-kartu-keluarga", "33-72-disdukcapil",
                "COMPLETED");

        assertProblem(read(writeToken(siti), app.id()), 404, "not-found");
        assertProblem(submit(writeToken(budi), app.id(), body(1, 1, 1, 1, 1, 1, 1, 1, 1)), 404, "not-found");
        assertThat(submit(writeToken(siti), app.id(), body(3, 3, 3, 3, 3, 3, 3, 3, 3)).statusCode()).isEqualTo(201);
        assertProblem(read(writeToken(budi), app.id()), 404, "not-found");
        assertProblem(read(writeToken(siti), IDS.next("app_")), 404, "not-found");
        assertProblem(submit(citizens.token(siti, "openid applications.read"), app.id(),
                body(3, 3, 3, 3, 3, 3, 3, 3, 3)), 403, "insufficient-scope");
        assertProblem(http.get("/v1/applications/" + app.id() + "/survey-response"), 401, "unauthenticated");
        JsonNode malformed = assertProblem(read(writeToken(siti), "app_nope"), 400, "validation-error");
        assertThat(malformed.path("errors").get(0).path("pointer").asText()).isEqualTo("#/path/application_id");
    }

    @Test
    @DisplayName("SKM-007 to SKM-012: service and agency IKM, hand-computed; counts only below five respondents")
    void satisfactionResults() {
        String pbg = "34-71-dpmptsp-pbg";
        String sipa = "34-71-dpmptsp-sip-apoteker";
        String agency = "34-71-dpmptsp";
        int[][] answers = {{4, 4, 4, 4, 4, 4, 4, 4, 4}, {3, 3, 3, 3, 3, 3, 3, 3, 3}, {4, 4, 4, 4, 4, 4, 4, 4, 3},
            {2, 3, 3, 3, 3, 3, 3, 3, 3}, {4, 3, 4, 4, 4, 3, 4, 3, 3}};
        for (int[] scores : answers) {
            Account citizen = citizens.create();
            ApplicationFacts app = application(citizen, pbg, agency, "COMPLETED");
            assertThat(submit(writeToken(citizen), app.id(), body(scores)).statusCode()).isEqualTo(201);
        }
        Account last = citizens.create();
        ApplicationFacts sipaApp = application(last, sipa, agency, "COMPLETED");
        assertThat(submit(writeToken(last), sipaApp.id(), body(2, 2, 2, 2, 2, 2, 2, 2, 2)).statusCode())
                .isEqualTo(201);

        // Element sums 17, 17, 18, 18, 18, 17, 18, 17, 16 over 5: NRR 3.4 ... 3.2; total 156;
        // IKM 156 / 45 = 3.4666... (3.4667); index 3900 / 45 = 86.666... (86.67): B.
        HttpResponse<String> response = http.get("/v1/services/" + pbg + "/satisfaction");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("id");
        JsonNode service = Problems.json(response.body());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(service.path("service_id").asText()).isEqualTo(pbg);
        assertThat(service.path("service_name").asText()).isEqualTo("Persetujuan Bangunan Gedung (PBG)");
        assertThat(service.path("period").path("from_date").asText()).isEqualTo(today.withDayOfYear(1).toString());
        assertThat(service.path("period").path("to_date").asText())
                .isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
        assertThat(service.path("respondents").asInt()).isEqualTo(5);
        assertThat(service.path("minimum_respondents").asInt()).isEqualTo(5);
        List<String> nrr = new ArrayList<>();
        service.path("elements").forEach(e -> nrr.add(e.path("element").asText() + "=" + e.path("nrr").asText()));
        assertThat(nrr).containsExactly("PERSYARATAN=3.4", "PROSEDUR=3.4", "WAKTU_PENYELESAIAN=3.6",
                "BIAYA_TARIF=3.6", "PRODUK_LAYANAN=3.6", "KOMPETENSI_PELAKSANA=3.4", "PERILAKU_PELAKSANA=3.6",
                "PENANGANAN_PENGADUAN=3.4", "SARANA_PRASARANA=3.2");
        assertThat(service.path("ikm").decimalValue()).isEqualByComparingTo("3.4667");
        assertThat(service.path("ikm_index").decimalValue()).isEqualByComparingTo("86.67");
        assertThat(service.path("grade").asText()).isEqualTo("B");
        assertThat(service.path("grade_label").asText()).isEqualTo("Baik");
        assertThat(service.has("computed_at")).isTrue();
        assertThat(response.body()).doesNotContain("comment").doesNotContain("respondent\"");

        JsonNode english = Problems.json(http.get("/v1/services/" + pbg + "/satisfaction", "Accept-Language", "en")
                .body());
        assertThat(english.path("grade_label").asText()).isEqualTo("Good");
        assertThat(english.path("service_name").asText()).isEqualTo("Building Approval (PBG)");

        // One respondent: counts only (SKM-009).
        JsonNode few = Problems.json(http.get("/v1/services/" + sipa + "/satisfaction").body());
        assertThat(few.path("respondents").asInt()).isEqualTo(1);
        assertThat(few.has("elements")).isFalse();
        assertThat(few.has("ikm")).isFalse();
        assertThat(few.has("ikm_index")).isFalse();
        assertThat(few.has("grade")).isFalse();
        assertThat(few.has("grade_label")).isFalse();

        // The agency over both services, each response once (SKM-011): 6 respondents, total 174;
        // IKM 174 / 54 = 3.2222..., index 4350 / 54 = 80.5555... (80.56): B; PERSYARATAN (17 + 2) / 6 = 3.1667.
        JsonNode agencyResult = Problems.json(http.get("/v1/agencies/" + agency + "/satisfaction").body());
        assertThat(agencyResult.path("agency_id").asText()).isEqualTo(agency);
        assertThat(agencyResult.path("agency_name").asText())
                .isEqualTo("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Yogyakarta");
        assertThat(agencyResult.path("respondents").asInt())
                .isEqualTo(service.path("respondents").asInt() + few.path("respondents").asInt());
        assertThat(agencyResult.path("elements").get(0).path("nrr").decimalValue()).isEqualByComparingTo("3.1667");
        assertThat(agencyResult.path("ikm").decimalValue()).isEqualByComparingTo("3.2222");
        assertThat(agencyResult.path("ikm_index").decimalValue()).isEqualByComparingTo("80.56");
        assertThat(agencyResult.path("grade").asText()).isEqualTo("B");

        // A period without the responses (SKM-010) counts none.
        LocalDate lastYear = today.minusYears(1);
        JsonNode empty = Problems.json(http.get("/v1/services/" + pbg + "/satisfaction?from_date="
                + lastYear.withDayOfYear(1) + "&to_date=" + lastYear.withDayOfYear(lastYear.lengthOfYear())).body());
        assertThat(empty.path("respondents").asInt()).isZero();
        assertThat(empty.has("ikm")).isFalse();
    }

    @Test
    @DisplayName("SKM-010, SKM-012: periods of whole months only; unknown service or agency 404; no token needed")
    void periodsAndUnknowns() {
        JsonNode both = assertProblem(http.get("/v1/services/33-02-dinkes-surat-keterangan-sehat/satisfaction"
                + "?from_date=2026-01-02&to_date=2026-02-27"), 400, "validation-error");
        List<String> pointers = new ArrayList<>();
        both.path("errors").forEach(error -> pointers.add(error.path("pointer").asText()));
        assertThat(pointers).containsExactly("#/query/from_date", "#/query/to_date");
        JsonNode reversed = assertProblem(http.get("/v1/agencies/33-02-dinkes/satisfaction"
                + "?from_date=2026-03-01&to_date=2026-02-28"), 400, "validation-error");
        assertThat(reversed.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/to_date");
        JsonNode notADate = assertProblem(http.get("/v1/agencies/33-02-dinkes/satisfaction?from_date=2026-13-01"),
                400, "validation-error");
        assertThat(notADate.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/from_date");
        JsonNode leap = Problems.json(http.get("/v1/agencies/33-02-dinkes/satisfaction"
                + "?from_date=2028-02-01&to_date=2028-02-29").body());
        assertThat(leap.path("period").path("to_date").asText()).isEqualTo("2028-02-29");
        assertThat(leap.path("respondents").asInt()).isZero();

        assertProblem(http.get("/v1/services/99-99-unknown/satisfaction"), 404, "not-found");
        assertProblem(http.get("/v1/agencies/99-99-unknown/satisfaction"), 404, "not-found");
        assertThat(http.get("/v1/services/33-02-dpmptsp-siup/satisfaction").statusCode()).isEqualTo(200);
    }
}
