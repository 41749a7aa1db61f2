package id.mpp.server.http.application;

import static id.mpp.server.http.application.ApplicationKit.aktaForm;
import static id.mpp.server.http.application.ApplicationKit.documents;
import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.server.domain.application.ServiceLevels;
import id.mpp.server.domain.application.VerificationCodes;
import id.mpp.server.domain.application.WorkingDayCalendar;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.vault.DocumentIssue;
import id.mpp.server.http.application.ApplicationKit.Person;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The process: the state machine enforced, If-Match, the timeline, decisions, cancellation, revision, output. */
abstract class ApplicationProcessContract {

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationKit kit;
    @Inject
    ApplicationFakes.Vault vault;
    @Inject
    ApplicationFakes.Events events;

    private Person citizen;
    private Person officer;
    private String skl;
    private String kk;
    private String ktp;

    @BeforeEach
    void fixture() {
        citizen = kit.citizen();
        officer = kit.officer("33-02-disdukcapil", "Agus Santoso");
        skl = vault.add(citizen.id(), "SURAT_KETERANGAN_LAHIR", "UPLOADED");
        kk = vault.add(citizen.id(), "KK", "VERIFIED");
        ktp = vault.add(citizen.id(), "KTP_EL", "VERIFIED");
    }

    private JsonNode submit() {
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", "{\"service_id\":\""
                + ApplicationFakes.AKTA + "\",\"form\":" + aktaForm() + ",\"documents\":"
                + documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", ktp) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body());
    }

    private HttpResponse<String> act(Person who, String id, String etag, String action, String reason) {
        return kit.post(who, "/v1/applications/" + id + "/transitions", "{\"action\":\"" + action + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}", "If-Match", etag);
    }

    private String etag(Person who, String id) {
        return kit.get(who, "/v1/applications/" + id).headers().firstValue("ETag").orElseThrow();
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    @Test
    @DisplayName("APP-021, APP-023, APP-027, APP-032, APP-033, APP-034: an officer takes an application to COMPLETED through the SDK; the output PDF is issued with a verification code")
    void throughToCompletion() {
        String id = submit().path("id").asText();
        MppClient sdk = kit.sdk(officer);

        Versioned<Application> seen = sdk.applications().get(id);
        assertThat(seen.value().getApplicant().getName()).isEqualTo(citizen.name());
        assertThat(seen.value().getAllowedActions()).extracting(ApplicationAction::getValue)
                .containsExactly("START_REVIEW");
        Versioned<Application> inReview = sdk.applications().transition(seen,
                new ApplicationTransition().action(ApplicationAction.START_REVIEW));
        assertThat(inReview.value().getAllowedActions()).extracting(ApplicationAction::getValue)
                .containsExactlyInAnyOrder("REQUEST_REVISION", "APPROVE", "REJECT");
        assertThat(inReview.requireEtag()).isNotEqualTo(seen.requireEtag());
        Versioned<Application> approved = sdk.applications().transition(inReview,
                new ApplicationTransition().action(ApplicationAction.APPROVE).reason("Persyaratan lengkap dan sesuai."));
        assertThat(approved.value().getDecision().getOutcome().getValue()).isEqualTo("APPROVED");
        assertThat(approved.value().getDecision().getDecidedBy().getName()).isEqualTo("Agus Santoso");
        assertThat(approved.value().getDecision().getReason()).isEqualTo("Persyaratan lengkap dan sesuai.");
        assertThat(approved.value().getClosedAt()).isNull();
        Versioned<Application> completed = kit.sdk(kit.agencySystem()).applications().transition(approved,
                new ApplicationTransition().action(ApplicationAction.COMPLETE));

        Application app = completed.value();
        assertThat(app.getStatus().getValue()).isEqualTo("COMPLETED");
        assertThat(app.getClosedAt()).isNotNull();
        assertThat(app.getAllowedActions()).isEmpty();
        assertThat(app.getOutputDocumentId()).isNotNull();
        assertThat(vault.documents.get(app.getOutputDocumentId()).owner()).isEqualTo(citizen.id());
        assertThat(vault.documents.get(app.getOutputDocumentId()).type()).isEqualTo("AKTA_KELAHIRAN");
        assertThat(app.getTimeline()).extracting(e -> e.getActor().getType().getValue() + " "
                + (e.getAction() == null ? "-" : e.getAction().getValue()) + " " + e.getToStatus().getValue())
                .containsExactly("CITIZEN - SUBMITTED", "OFFICER START_REVIEW IN_REVIEW", "OFFICER APPROVE APPROVED",
                        "AGENCY_SYSTEM COMPLETE COMPLETED");
        assertThat(app.getTimeline().get(3).getActor().getName()).isEqualTo("Demo agency back-end (Disdukcapil Banyumas)");
        assertThat(app.getTimeline().get(3).getActor().getAgencyId()).isEqualTo("33-02-disdukcapil");
        assertThat(app.getTimeline().get(2).getFromStatus().getValue()).isEqualTo("IN_REVIEW");

        DocumentIssue issue = vault.issued.stream().filter(i -> i.applicationId().equals(id)).findFirst().orElseThrow();
        assertThat(issue.verificationCode()).matches(VerificationCodes.FORMAT);
        assertThat(issue.mediaType()).isEqualTo("application/pdf");
        assertThat(issue.agencyId()).isEqualTo("33-02-disdukcapil");
        String pdf = new String(issue.content(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-").contains("xref", issue.verificationCode(), app.getTrackingNumber(),
                citizen.name(), "Kutipan Akta Kelahiran").endsWith("%%EOF\n");
        assertThat(vault.grantsOf(id)).isNotEmpty().allMatch(g -> g.closedAt() != null);
        assertThat(events.of(id)).extracting(NewEvent::type).containsExactly("APPLICATION_SUBMITTED",
                "APPLICATION_STATUS_CHANGED", "APPLICATION_STATUS_CHANGED", "APPLICATION_COMPLETED");
        assertThat(kit.sdk(citizen).applications().get(id).value().getStatus().getValue()).isEqualTo("COMPLETED");
    }

    @Test
    @DisplayName("APP-024: an action not allowed now answers 409 invalid-transition with allowed_actions; nothing changes")
    void invalidTransition() {
        JsonNode app = submit();
        String id = app.path("id").asText();
        String etag = etag(officer, id);

        HttpResponse<String> approve = act(officer, id, etag, "APPROVE", null);
        HttpResponse<String> cancel = act(officer, id, etag, "CANCEL", null);

        for (HttpResponse<String> response : List.of(approve, cancel)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
            JsonNode problem = json(response.body());
            assertThat(problem.path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/invalid-transition");
            assertThat(problem.path("allowed_actions")).extracting(JsonNode::asText).containsExactly("START_REVIEW");
        }
        assertThat(etag(officer, id)).isEqualTo(etag);
        assertThat(json(kit.get(officer, "/v1/applications/" + id).body()).path("timeline").size()).isEqualTo(1);
    }

    @Test
    @DisplayName("APP-025: without If-Match 428, with a stale ETag 412; the application is unchanged")
    void preconditions() {
        String id = submit().path("id").asText();
        String first = etag(officer, id);
        ok(act(officer, id, first, "START_REVIEW", null));

        HttpResponse<String> missing = kit.post(officer, "/v1/applications/" + id + "/transitions",
                "{\"action\":\"APPROVE\"}");
        HttpResponse<String> stale = act(officer, id, first, "APPROVE", null);
        HttpResponse<String> cancelStale = kit.post(citizen, "/v1/applications/" + id + "/cancellation", "{}",
                "If-Match", first);
        HttpResponse<String> reviseMissing = kit.post(citizen, "/v1/applications/" + id + "/revisions",
                "{\"note\":\"x\",\"form\":{}}");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(json(missing.body()).path("type").asText()).endsWith("/precondition-required");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale.body()).path("type").asText()).endsWith("/precondition-failed");
        assertThat(cancelStale.statusCode()).isEqualTo(412);
        assertThat(reviseMissing.statusCode()).isEqualTo(428);
        assertThat(json(kit.get(officer, "/v1/applications/" + id).body()).path("status").asText())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    @DisplayName("APP-026: REQUEST_REVISION and REJECT without a reason answer 400 at #/reason")
    void reasonRequired() {
        String id = submit().path("id").asText();
        JsonNode review = ok(act(officer, id, etag(officer, id), "START_REVIEW", null));
        String etag = etag(officer, id);

        HttpResponse<String> noReason = act(officer, id, etag, "REJECT", null);
        HttpResponse<String> empty = act(officer, id, etag, "REQUEST_REVISION", "");
        HttpResponse<String> blank = act(officer, id, etag, "REQUEST_REVISION", "   ");

        for (HttpResponse<String> response : List.of(noReason, empty, blank)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response.body()).path("errors").get(0).path("pointer").asText()).isEqualTo("#/reason");
        }
        assertThat(etag(officer, id)).isEqualTo(etag);
        assertThat(review.path("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    @DisplayName("APP-032: REJECT sets the decision, REJECTED and closed_at; the grants get their end")
    void reject() {
        String id = submit().path("id").asText();
        ok(act(officer, id, etag(officer, id), "START_REVIEW", null));
        JsonNode rejected = ok(act(officer, id, etag(officer, id), "REJECT", "Akta nikah orang tua tidak sah."));

        assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("closed_at").isMissingNode()).isFalse();
        assertThat(rejected.path("decision").path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("decision").path("reason").asText()).isEqualTo("Akta nikah orang tua tidak sah.");
        assertThat(rejected.path("decision").path("decided_by").path("type").asText()).isEqualTo("OFFICER");
        assertThat(rejected.path("allowed_actions")).isEmpty();
        assertThat(vault.grantsOf(id)).allMatch(g -> g.closedAt() != null);
    }

    @Test
    @DisplayName("APP-020: another citizen, another agency's officer and a citizen calling transitions all get 404")
    void othersGet404() {
        String id = submit().path("id").asText();
        Person stranger = kit.citizen();
        Person otherOfficer = kit.officer("33-02-dpmptsp", "Rina Wulandari");
        String etag = etag(citizen, id);
        String unknown = "app_01JD8R0B2C3D4E5F6G7H8J9K0M";

        HttpResponse<String> notFound = kit.get(stranger, "/v1/applications/" + unknown);
        assertThat(notFound.statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : List.of(
                kit.get(stranger, "/v1/applications/" + id),
                kit.get(otherOfficer, "/v1/applications/" + id),
                kit.post(stranger, "/v1/applications/" + id + "/cancellation", "{}", "If-Match", etag),
                kit.post(stranger, "/v1/applications/" + id + "/revisions", "{\"form\":{}}", "If-Match", etag),
                kit.post(otherOfficer, "/v1/applications/" + id + "/transitions", "{\"action\":\"START_REVIEW\"}",
                        "If-Match", etag),
                kit.post(officer, "/v1/applications/" + id + "/cancellation", "{}", "If-Match", etag))) {
            if (response.statusCode() == 403) {
                assertThat(json(response.body()).path("type").asText()).endsWith("/insufficient-scope");
                continue;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(json(response.body()).path("type").asText()).endsWith("/not-found");
            assertThat(json(response.body()).path("detail").asText())
                    .isEqualTo(json(notFound.body()).path("detail").asText().replace(unknown, id));
        }
        assertThat(etag(citizen, id)).isEqualTo(etag);
    }

    @Test
    @DisplayName("APP-028: the applicant cancels while open (CANCELLED, closed_at, reason in the timeline); afterwards 409 with empty allowed_actions")
    void cancel() {
        String id = submit().path("id").asText();
        JsonNode cancelled = ok(kit.post(citizen, "/v1/applications/" + id + "/cancellation",
                "{\"reason\":\"Pengajuan dilakukan langsung di loket.\"}", "If-Match", etag(citizen, id)));

        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("closed_at").asText()).isNotEmpty();
        JsonNode last = cancelled.path("timeline").get(1);
        assertThat(last.path("action").asText()).isEqualTo("CANCEL");
        assertThat(last.path("from_status").asText()).isEqualTo("SUBMITTED");
        assertThat(last.path("reason").asText()).isEqualTo("Pengajuan dilakukan langsung di loket.");
        assertThat(vault.grantsOf(id)).allMatch(g -> g.closedAt() != null);
        assertThat(events.of(id)).extracting(NewEvent::type).containsExactly("APPLICATION_SUBMITTED",
                "APPLICATION_CANCELLED");

        HttpResponse<String> again = kit.post(citizen, "/v1/applications/" + id + "/cancellation", "{}", "If-Match",
                etag(citizen, id));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again.body()).path("allowed_actions").isArray()).isTrue();
        assertThat(json(again.body()).path("allowed_actions")).isEmpty();
    }

    @Test
    @DisplayName("APP-028: an APPROVED application cannot be cancelled")
    void approvedCannotBeCancelled() {
        String id = submit().path("id").asText();
        ok(act(officer, id, etag(officer, id), "START_REVIEW", null));
        ok(act(officer, id, etag(officer, id), "APPROVE", null));

        HttpResponse<String> cancel = kit.post(citizen, "/v1/applications/" + id + "/cancellation", "{}", "If-Match",
                etag(citizen, id));
        assertThat(cancel.statusCode()).isEqualTo(409);
        assertThat(json(cancel.body()).path("allowed_actions")).isEmpty();
    }

    @Test
    @DisplayName("APP-012, APP-029, APP-031: a revision replaces and adds documents, merges the form, ends the replaced grant, back IN_REVIEW with a new due date")
    void revise() {
        String id = submit().path("id").asText();
        HttpResponse<String> early = kit.post(citizen, "/v1/applications/" + id + "/revisions",
                "{\"form\":{\"tempat_lahir\":\"Sokaraja\"}}", "If-Match", etag(citizen, id));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early.body()).path("allowed_actions")).extracting(JsonNode::asText).containsExactly("CANCEL");

        ok(act(officer, id, etag(officer, id), "START_REVIEW", null));
        JsonNode asked = ok(act(officer, id, etag(officer, id), "REQUEST_REVISION", "Surat keterangan lahir buram."));
        assertThat(asked.path("status").asText()).isEqualTo("NEEDS_REVISION");
        assertThat(asked.path("overdue").asBoolean()).isFalse();
        JsonNode citizenView = json(kit.get(citizen, "/v1/applications/" + id).body());
        assertThat(citizenView.path("allowed_actions")).extracting(JsonNode::asText).containsExactly("REVISE", "CANCEL");

        String newSkl = vault.add(citizen.id(), "SURAT_KETERANGAN_LAHIR", "UPLOADED");
        String aktaNikah = vault.add(citizen.id(), "AKTA_NIKAH", "VERIFIED");
        JsonNode revised = ok(kit.post(citizen, "/v1/applications/" + id + "/revisions", "{\"documents\":"
                + documents("SURAT_KETERANGAN_LAHIR", newSkl, "AKTA_NIKAH", aktaNikah)
                + ",\"form\":{\"tempat_lahir\":\"Sokaraja\"},\"note\":\"Sudah saya pindai ulang.\"}", "If-Match",
                etag(citizen, id)));

        assertThat(revised.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(revised.path("documents")).extracting(d -> d.path("document_type").asText() + "="
                + d.path("document_id").asText()).containsExactlyInAnyOrder("KK=" + kk, "KTP_EL=" + ktp,
                "SURAT_KETERANGAN_LAHIR=" + newSkl, "AKTA_NIKAH=" + aktaNikah);
        assertThat(revised.path("form").path("tempat_lahir").asText()).isEqualTo("Sokaraja");
        assertThat(revised.path("form").path("nama_bayi").asText()).isEqualTo("Arka Pradipta Nugroho");
        JsonNode entry = revised.path("timeline").get(3);
        assertThat(entry.path("action").asText()).isEqualTo("REVISE");
        assertThat(entry.path("reason").asText()).isEqualTo("Sudah saya pindai ulang.");
        assertThat(revised.path("due_date").asText()).isEqualTo(new ServiceLevels(WorkingDayCalendar.indonesia()).dueDate(
                java.time.Instant.parse(entry.path("occurred_at").asText()), "33.02", 3).toString());
        assertThat(vault.grantsOf(id)).filteredOn(g -> g.documentId().equals(skl))
                .allMatch(g -> g.endedAt() != null);
        assertThat(vault.grantsOf(id)).filteredOn(g -> g.documentId().equals(newSkl) || g.documentId().equals(aktaNikah))
                .hasSize(2).allMatch(g -> g.endedAt() == null);
        assertThat(events.of(id)).extracting(NewEvent::type).endsWith("APPLICATION_REVISED");
    }

    @Test
    @DisplayName("APP-030: a revision is checked like a submission (form 400, documents 422, empty 400) and a refused one changes nothing")
    void refusedRevision() {
        String id = submit().path("id").asText();
        ok(act(officer, id, etag(officer, id), "START_REVIEW", null));
        ok(act(officer, id, etag(officer, id), "REQUEST_REVISION", "Perbaiki."));
        String etag = etag(citizen, id);
        String rejected = vault.add(citizen.id(), "SURAT_KETERANGAN_LAHIR", "REJECTED");

        HttpResponse<String> empty = kit.post(citizen, "/v1/applications/" + id + "/revisions", "{\"note\":\"x\"}",
                "If-Match", etag);
        HttpResponse<String> badForm = kit.post(citizen, "/v1/applications/" + id + "/revisions",
                "{\"form\":{\"anak_ke\":\"satu\"}}", "If-Match", etag);
        HttpResponse<String> badDocs = kit.post(citizen, "/v1/applications/" + id + "/revisions",
                "{\"documents\":" + documents("SURAT_KETERANGAN_LAHIR", rejected, "NPWP", ktp) + "}", "If-Match", etag);

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(badForm.statusCode()).isEqualTo(400);
        assertThat(json(badForm.body()).path("errors").get(0).path("pointer").asText()).isEqualTo("#/form/anak_ke");
        assertThat(badDocs.statusCode()).as(badDocs.body()).isEqualTo(422);
        assertThat(json(badDocs.body()).path("errors")).extracting(e -> e.path("pointer").asText() + " "
                + e.path("code").asText()).containsExactly("#/documents/0 DOCUMENT_REJECTED",
                "#/documents/1 NOT_A_REQUIREMENT");
        assertThat(etag(citizen, id)).isEqualTo(etag);
        assertThat(json(kit.get(citizen, "/v1/applications/" + id).body()).path("status").asText())
                .isEqualTo("NEEDS_REVISION");
    }

    @Test
    @DisplayName("APP-022: a read without a change answers the same ETag; every change a new one")
    void etags() {
        String id = submit().path("id").asText();
        String a = etag(citizen, id);
        assertThat(etag(officer, id)).isEqualTo(a);
        HttpResponse<String> changed = act(officer, id, a, "START_REVIEW", null);
        String b = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(b).isNotEqualTo(a).isEqualTo(etag(citizen, id));
    }
}
