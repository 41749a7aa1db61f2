package id.mpp.server.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.vault.AttachableDocument;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grants, officers' reads, verification and the access log. Applications are simulated by calling the
 * {@code ApplicationVault} port as the applications side does (their endpoints are another part of the server).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "11534336")
@Property(name = "spec.name", value = "OfficerDocumentTest")
@Property(name = "mpp.vault.grant-retention", value = "1h")
class OfficerDocumentTest extends VaultTestBase {

    /** The events the vault records (a stand-in for the event feed's recorder, for this test only). */
    @Singleton
    @Replaces(EventRecorder.class)
    @Requires(property = "spec.name", value = "OfficerDocumentTest")
    static class RecordedEvents implements EventRecorder {
        final List<NewEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public String record(NewEvent event) {
            events.add(event);
            return "evt_" + events.size();
        }
    }

    @Inject
    RecordedEvents recorded;

    private record Setup(Account citizen, String token, String documentId, String application) {
    }

    private Setup submitted(long seed) {
        Account citizen = fx.citizen();
        String token = fx.token(citizen);
        String id = json(fx.upload(token, "AKTA_KELAHIRAN", VaultFixture.pdf(4000, seed), "application/pdf",
                "akta.pdf").body()).path("id").asText();
        return new Setup(citizen, token, id, submit(citizen.id(), VaultFixture.AGENCY, id));
    }

    private static String docPath(String application, String document) {
        return "/v1/applications/" + application + "/documents/" + document;
    }

    @Test
    @DisplayName("DOC-026, DOC-029: a submission grants exactly the referenced documents, listed with tracking number and agency")
    void grantsAreListed() {
        Account citizen = fx.citizen();
        String token = fx.token(citizen);
        String a = json(fx.upload(token, "KK", VaultFixture.pdf(100, 30), "application/pdf", "a.pdf").body())
                .path("id").asText();
        String b = json(fx.upload(token, "KK", VaultFixture.pdf(101, 31), "application/pdf", "b.pdf").body())
                .path("id").asText();
        String application = submit(citizen.id(), VaultFixture.AGENCY, a);

        JsonNode grants = json(fx.get("/v1/document-grants?application_id=" + application, token).body());
        assertThat(grants.path("items")).hasSize(1);
        JsonNode grant = grants.path("items").get(0);
        assertThat(grant.path("document_id").asText()).isEqualTo(a);
        assertThat(grant.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(grant.has("expires_at")).isFalse();
        assertThat(grant.path("agency_id").asText()).isEqualTo(VaultFixture.AGENCY);
        assertThat(grant.path("agency_name").asText())
                .isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas");
        assertThat(grant.path("tracking_number").asText()).startsWith("MPP-3302-2026-");
        assertThat(grant.path("id").asText()).startsWith("dgr_");
        assertThat(json(fx.get("/v1/document-grants?document_id=" + b, token).body()).path("items")).isEmpty();
        assertThat(json(fx.get("/v1/document-grants?status=EXPIRED", token).body()).path("items")).isEmpty();
        assertThat(json(fx.get("/v1/documents/" + a, token).body()).path("open_application_count").asInt())
                .isEqualTo(1);
        assertThat(vault.findOwned(citizen.id(), List.of(a, b, "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W")))
                .extracting(AttachableDocument::id).containsExactlyInAnyOrder(a, b);
        assertThat(vault.findOwned(fx.citizen().id(), List.of(a))).isEmpty();
    }

    @Test
    @DisplayName("DOC-028: without a grant of the officer's agency, reads and verification answer 404 and log nothing")
    void officerWithoutGrant() {
        Setup s = submitted(32);
        String otherAgency = fx.officerToken(VaultFixture.OTHER_AGENCY, "Rina Wulandari");
        String officer = fx.officerToken(VaultFixture.AGENCY, "Agus Santoso");
        String elsewhere = applicationId();
        String unknownDoc = "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W";

        for (String path : List.of(docPath(s.application(), s.documentId()))) {
            assertThat(fx.get(path, otherAgency).statusCode()).isEqualTo(404);
            assertThat(fx.get(path + "/content", otherAgency).statusCode()).isEqualTo(404);
        }
        assertThat(fx.get(docPath(elsewhere, s.documentId()), officer).statusCode()).isEqualTo(404);
        assertThat(fx.get(docPath(s.application(), unknownDoc), officer).statusCode()).isEqualTo(404);
        assertThat(fx.send("POST", docPath(elsewhere, s.documentId()) + "/verification", officer,
                "{\"outcome\":\"VERIFIED\"}", "If-Match", "\"1\"").statusCode()).isEqualTo(404);
        assertThat(fx.get(docPath(s.application(), s.documentId()), s.token()).statusCode()).isEqualTo(403);
        assertThat(json(fx.get("/v1/document-access-log", s.token()).body()).path("items")).isEmpty();
    }

    @Test
    @DisplayName("DOC-004, DOC-030, DOC-038: the officer reads through the grant; each read is logged with agency, officer, client and application")
    void officerReadsAreLogged() {
        Setup s = submitted(33);
        String officer = fx.officerToken(VaultFixture.AGENCY, "Agus Santoso");
        String path = docPath(s.application(), s.documentId());

        HttpResponse<String> meta = fx.get(path, officer);
        assertThat(meta.statusCode()).isEqualTo(200);
        assertThat(meta.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(meta.body()).has("open_application_count")).isFalse();
        HttpResponse<byte[]> content = fx.getBytes(path + "/content", officer);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(VaultFixture.sha256(content.body())).isEqualTo(json(meta.body()).path("sha256").asText());
        assertThat(content.headers().firstValue("ETag")).hasValue("\"" + VaultFixture.sha256(content.body()) + "\"");
        assertThat(fx.getBytes(path + "/content", officer, "Range", "bytes=0-3").statusCode()).isEqualTo(206);
        assertThat(fx.getBytes(path + "/content", officer, "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(fx.getBytes(path + "/content", fx.agencySystemToken()).statusCode()).isEqualTo(200);

        JsonNode log = json(fx.get("/v1/document-access-log?application_id=" + s.application(), s.token()).body());
        assertThat(log.path("items")).extracting(e -> e.path("action").asText())
                .containsExactly("DOWNLOAD", "DOWNLOAD", "DOWNLOAD", "READ_METADATA");
        JsonNode system = log.path("items").get(0).path("actor");
        assertThat(system.path("type").asText()).isEqualTo("AGENCY_SYSTEM");
        assertThat(system.path("client_name").asText()).isEqualTo("Demo agency back-end (Disdukcapil Banyumas)");
        JsonNode read = log.path("items").get(3);
        assertThat(read.path("actor").path("type").asText()).isEqualTo("OFFICER");
        assertThat(read.path("actor").path("officer_name").asText()).isEqualTo("Agus Santoso");
        assertThat(read.path("actor").path("agency_id").asText()).isEqualTo(VaultFixture.AGENCY);
        assertThat(read.path("actor").path("client_name").asText()).isEqualTo("Demo web app");
        assertThat(read.path("application_id").asText()).isEqualTo(s.application());
        assertThat(read.path("tracking_number").asText()).startsWith("MPP-3302-2026-");
        assertThat(json(fx.get("/v1/document-access-log?application_id=" + applicationId(), s.token()).body())
                .path("items")).isEmpty();
    }

    @Test
    @DisplayName("DOC-017, DOC-034, DOC-035, DOC-025: verification records the decision, changes the ETag, needs If-Match and a reason to reject")
    void verification() {
        Setup s = submitted(34);
        String officer = fx.officerToken(VaultFixture.AGENCY, "Agus Santoso");
        String path = docPath(s.application(), s.documentId()) + "/verification";
        int before = recorded.events.size();

        assertThat(fx.send("POST", path, officer, "{\"outcome\":\"VERIFIED\"}").statusCode()).isEqualTo(428);
        assertThat(fx.send("POST", path, officer, "{\"outcome\":\"VERIFIED\"}", "If-Match", "\"9\"").statusCode())
                .isEqualTo(412);
        HttpResponse<String> noReason = fx.send("POST", path, officer, "{\"outcome\":\"REJECTED\"}", "If-Match",
                "\"1\"");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason.body()).path("errors").get(0).path("pointer").asText()).isEqualTo("#/reason");
        assertThat(json(noReason.body()).path("errors").get(0).path("code").asText()).isEqualTo("REQUIRED");
        assertThat(json(fx.get("/v1/documents/" + s.documentId(), s.token()).body()).path("version").asLong())
                .isEqualTo(1);

        HttpResponse<String> rejected = fx.send("POST", path, officer,
                "{\"outcome\":\"REJECTED\",\"reason\":\"Hasil pindai buram.\"}", "If-Match", "\"1\"");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode decided = json(rejected.body());
        assertThat(decided.path("status").asText()).isEqualTo("REJECTED");
        assertThat(decided.path("verification").path("verified_by").asText()).isEqualTo("Agus Santoso");
        assertThat(decided.path("verification").path("application_id").asText()).isEqualTo(s.application());

        HttpResponse<String> mine = fx.get("/v1/documents/" + s.documentId(), s.token());
        assertThat(mine.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode citizenView = json(mine.body());
        assertThat(citizenView.path("status").asText()).isEqualTo("REJECTED");
        assertThat(citizenView.path("verification").path("reason").asText()).isEqualTo("Hasil pindai buram.");
        assertThat(citizenView.path("verification").path("agency_id").asText()).isEqualTo(VaultFixture.AGENCY);
        assertThat(recorded.events.subList(before, recorded.events.size())).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("DOCUMENT_REJECTED");
            assertThat(event.applicationId()).isEqualTo(s.application());
            assertThat(event.documentId()).isEqualTo(s.documentId());
            assertThat(event.documentTypeCode()).isEqualTo("AKTA_KELAHIRAN");
            assertThat(event.actorRole()).isEqualTo("OFFICER");
            assertThat(event.agencyId()).isEqualTo(VaultFixture.AGENCY);
        });
        JsonNode log = json(fx.get("/v1/document-access-log?document_id=" + s.documentId(), s.token()).body());
        assertThat(log.path("items").get(0).path("action").asText()).isEqualTo("VERIFY");

        HttpResponse<String> verified = fx.send("POST", path, officer, "{\"outcome\":\"VERIFIED\"}", "If-Match",
                "\"2\"");
        assertThat(json(verified.body()).path("status").asText()).isEqualTo("VERIFIED");
        assertThat(json(verified.body()).path("verification").has("reason")).isFalse();
        // Verify once: the decision stays for the citizen's later applications.
        String later = submit(s.citizen().id(), VaultFixture.OTHER_AGENCY, s.documentId());
        JsonNode seenByOther = json(fx.get(docPath(later, s.documentId()),
                fx.officerToken(VaultFixture.OTHER_AGENCY, "Rina Wulandari")).body());
        assertThat(seenByOther.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(seenByOther.path("verification").has("application_id")).isFalse();
        assertThat(seenByOther.path("verification").has("verified_by")).isFalse();
        assertThat(json(fx.get("/v1/documents/" + s.documentId(), s.token()).body()).path("version").asLong())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("DOC-023, DOC-036, DOC-027: in use it cannot be deleted; once closed, no verification; after retention 404")
    void closingAndDeletion() {
        Setup s = submitted(35);
        String officer = fx.officerToken(VaultFixture.AGENCY, "Agus Santoso");

        HttpResponse<String> inUse = fx.send("DELETE", "/v1/documents/" + s.documentId(), s.token(), null,
                "If-Match", "\"1\"");
        assertThat(inUse.statusCode()).isEqualTo(409);
        JsonNode problem = json(inUse.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/document-in-use");
        String tracking = json(fx.get("/v1/document-grants?application_id=" + s.application(), s.token()).body())
                .path("items").get(0).path("tracking_number").asText();
        assertThat(problem.path("detail").asText()).contains(tracking);
        assertThat(fx.get("/v1/documents/" + s.documentId() + "/content", s.token()).statusCode()).isEqualTo(200);

        Instant closed = Instant.now();
        vault.closeGrants(s.application(), closed);
        JsonNode grant = json(fx.get("/v1/document-grants?application_id=" + s.application(), s.token()).body())
                .path("items").get(0);
        assertThat(grant.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(grant.path("expires_at").asText()))
                .isCloseTo(closed.plus(1, ChronoUnit.HOURS), org.assertj.core.api.Assertions.within(1,
                        ChronoUnit.MILLIS));
        assertThat(fx.get(docPath(s.application(), s.documentId()), officer).statusCode()).isEqualTo(200);
        HttpResponse<String> late = fx.send("POST", docPath(s.application(), s.documentId()) + "/verification",
                officer, "{\"outcome\":\"VERIFIED\"}", "If-Match", "\"1\"");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late.body()).path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/conflict");

        // An application closed longer ago than the retention: its grant has expired.
        String old = submit(s.citizen().id(), VaultFixture.AGENCY, s.documentId());
        vault.closeGrants(old, Instant.now().minus(2, ChronoUnit.HOURS));
        assertThat(fx.get(docPath(old, s.documentId()), officer).statusCode()).isEqualTo(404);
        assertThat(json(fx.get("/v1/document-grants?status=EXPIRED&application_id=" + old, s.token()).body())
                .path("items")).hasSize(1);

        assertThat(fx.send("DELETE", "/v1/documents/" + s.documentId(), s.token(), null, "If-Match", "\"1\"")
                .statusCode()).isEqualTo(204);
        assertThat(fx.get(docPath(s.application(), s.documentId()), officer).statusCode()).isEqualTo(404);
        JsonNode expired = json(fx.get("/v1/document-grants?document_id=" + s.documentId(), s.token()).body());
        assertThat(expired.path("items")).allSatisfy(g -> assertThat(g.path("status").asText()).isEqualTo("EXPIRED"));
        assertThat(json(fx.get("/v1/document-access-log?document_id=" + s.documentId(), s.token()).body())
                .path("items")).isNotEmpty();
    }

    @Test
    @DisplayName("DOC-026: a revision ends the grant of the replaced document at once")
    void revisionEndsGrant() {
        Setup s = submitted(36);
        String officer = fx.officerToken(VaultFixture.AGENCY, "Agus Santoso");
        vault.endGrant(s.application(), s.documentId(), Instant.now().minusSeconds(1));

        assertThat(fx.get(docPath(s.application(), s.documentId()), officer).statusCode()).isEqualTo(404);
        assertThat(json(fx.get("/v1/documents/" + s.documentId(), s.token()).body()).path("open_application_count")
                .asInt()).isZero();
        assertThat(fx.send("DELETE", "/v1/documents/" + s.documentId(), s.token(), null, "If-Match", "\"1\"")
                .statusCode()).isEqualTo(204);
    }
}
