package id.mpp.server.http.application;

import static id.mpp.server.http.application.ApplicationKit.aktaForm;
import static id.mpp.server.http.application.ApplicationKit.documents;
import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import id.mpp.server.http.application.ApplicationKit.Person;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * submitApplication: the checks in the contract's order, the tracking number, due date, grants and event; and the
 * account an undecided application keeps from deletion.
 */
@MicronautTest(environments = ApplicationFakes.ENV, transactional = false)
class SubmitApplicationTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationKit kit;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    ApplicationFakes.Vault vault;
    @Inject
    ApplicationFakes.Events events;

    private Person citizen;
    private String skl;
    private String kk;
    private String ktp;

    @BeforeEach
    void fixture() {
        citizen = kit.citizen();
        skl = vault.add(citizen.id(), "SURAT_KETERANGAN_LAHIR", "UPLOADED");
        kk = vault.add(citizen.id(), "KK", "VERIFIED");
        ktp = vault.add(citizen.id(), "KTP_EL", "VERIFIED");
    }

    private String body(String serviceId, String form, String documents) {
        return "{\"service_id\":\"" + serviceId + "\",\"form\":" + form + ",\"documents\":" + documents + "}";
    }

    private String validBody() {
        return body(ApplicationFakes.AKTA, aktaForm(), documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL",
                ktp));
    }

    private int myApplications(Person person) {
        return json(kit.get(person, "/v1/applications").body()).path("items").size();
    }

    @Test
    @DisplayName("APP-001, APP-010, APP-011, APP-014: through the SDK, 201 SUBMITTED with Location, ETag, one timeline entry, tracking number, due date and grants")
    void submitThroughTheSdk() {
        MppClient sdk = kit.sdk(citizen);
        Versioned<Application> submitted = sdk.applications().submit(new ApplicationSubmission()
                .serviceId(ApplicationFakes.AKTA)
                .form(Map.of("nama_bayi", "Arka Pradipta Nugroho", "tanggal_lahir", "2026-11-02",
                        "jenis_kelamin", "LAKI_LAKI", "anak_ke", 1))
                .documents(List.of(
                        new ApplicationDocumentReference().documentType("SURAT_KETERANGAN_LAHIR").documentId(skl),
                        new ApplicationDocumentReference().documentType("KK").documentId(kk),
                        new ApplicationDocumentReference().documentType("KTP_EL").documentId(ktp))));
        Application app = submitted.value();

        assertThat(submitted.requireEtag()).isNotBlank();
        assertThat(app.getStatus().getValue()).isEqualTo("SUBMITTED");
        assertThat(app.getId()).matches("^app_[0-9A-HJKMNP-TV-Z]{26}$");
        assertThat(app.getTrackingNumber()).matches("^MPP-3302-" + LocalDate.now(ZoneId.of("Asia/Jakarta"))
                .getYear() + "-[0-9]{6}$");
        assertThat(app.getServiceName()).isEqualTo("Penerbitan Akta Kelahiran");
        assertThat(app.getAgencyId()).isEqualTo("33-02-disdukcapil");
        assertThat(app.getAgencyName()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas");
        assertThat(app.getApplicant().getId()).isEqualTo(citizen.id());
        assertThat(app.getApplicant().getName()).isEqualTo(citizen.name());
        assertThat(app.getTimeline()).singleElement().satisfies(entry -> {
            assertThat(entry.getActor().getType().getValue()).isEqualTo("CITIZEN");
            assertThat(entry.getToStatus().getValue()).isEqualTo("SUBMITTED");
            assertThat(entry.getAction()).isNull();
            assertThat(entry.getFromStatus()).isNull();
        });
        assertThat(app.getAllowedActions()).extracting(a -> a.getValue()).containsExactly("CANCEL");
        assertThat(app.getSlaWorkingDays()).isEqualTo(3);
        assertThat(app.getOverdue()).isFalse();
        assertThat(app.getSurveyResponseSubmitted()).isFalse();
        assertThat(app.getDueDate()).isEqualTo(new id.mpp.server.domain.application.ServiceLevels(
                id.mpp.server.domain.application.WorkingDayCalendar.indonesia()).dueDate(
                app.getSubmittedAt().toInstant(), "33.02", 3));
        assertThat(app.getDocuments()).extracting(d -> d.getDocumentId() + "=" + d.getStatus().getValue())
                .containsExactly(skl + "=UPLOADED", kk + "=VERIFIED", ktp + "=VERIFIED");

        Versioned<Application> read = sdk.applications().get(app.getId());
        assertThat(read.value().getTrackingNumber()).isEqualTo(app.getTrackingNumber());
        assertThat(read.requireEtag()).isEqualTo(submitted.requireEtag());

        assertThat(vault.grantsOf(app.getId())).extracting(ApplicationFakes.Grant::documentId)
                .containsExactlyInAnyOrder(skl, kk, ktp);
        assertThat(vault.grantsOf(app.getId())).allMatch(g -> g.agencyId().equals("33-02-disdukcapil"));
        assertThat(events.of(app.getId())).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("APPLICATION_SUBMITTED");
            assertThat(event.toStatus()).isEqualTo("SUBMITTED");
            assertThat(event.actorRole()).isEqualTo("CITIZEN");
            assertThat(event.trackingNumber()).isEqualTo(app.getTrackingNumber());
        });
    }

    @Test
    @DisplayName("APP-001: raw HTTP answers Location /v1/applications/{id} and a quoted ETag")
    void locationAndEtag() {
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", validBody());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json(response.body()).path("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/applications/" + id);
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("^\".+\"$"));
        assertThat(json(response.body()).has("nik")).isFalse();
    }

    @Test
    @DisplayName("Names and problems follow Accept-Language: the service and agency in English, a refusal's texts too")
    void english() {
        String id = json(kit.post(citizen, "/v1/applications", validBody()).body()).path("id").asText();
        JsonNode app = json(kit.http.get("/v1/applications/" + id, "Authorization", "Bearer " + citizen.token(),
                "Accept-Language", "en").body());
        HttpResponse<String> refused = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA, aktaForm(),
                "[]"), "Accept-Language", "en");

        assertThat(app.path("service_name").asText()).isEqualTo("Birth certificate");
        assertThat(app.path("agency_name").asText())
                .isEqualTo("Population and Civil Registration Office of Banyumas Regency");
        assertThat(json(refused.body()).path("title").asText()).isEqualTo("Service requirements not met");
        assertThat(json(refused.body()).path("errors").get(0).path("message").asText())
                .isEqualTo("The required document SURAT_KETERANGAN_LAHIR is not attached.");
    }

    @Test
    @DisplayName("APP-010: tracking numbers are distinct and never reused after a cancellation")
    void trackingNumbersUnique() {
        JsonNode first = json(kit.post(citizen, "/v1/applications", validBody()).body());
        HttpResponse<String> cancelled = kit.post(citizen, "/v1/applications/" + first.path("id").asText()
                + "/cancellation", "{}", "If-Match", "\"1\"");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode second = json(kit.post(citizen, "/v1/applications", validBody()).body());

        String a = first.path("tracking_number").asText();
        String b = second.path("tracking_number").asText();
        assertThat(a).isNotEqualTo(b);
        assertThat(Long.parseLong(b.substring(b.length() - 6))).isGreaterThan(Long.parseLong(a.substring(a.length()
                - 6)));
    }

    @Test
    @DisplayName("APP-002: an unknown service answers 404, an inactive one 409 conflict; nothing is created")
    void unknownAndInactiveService() {
        HttpResponse<String> unknown = kit.post(citizen, "/v1/applications", body("33-02-tidak-ada", "{}", "[]"));
        HttpResponse<String> inactive = kit.post(citizen, "/v1/applications", body(ApplicationFakes.REKLAME, "{}",
                "[]"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body()).path("type").asText()).endsWith("/not-found");
        assertThat(inactive.statusCode()).isEqualTo(409);
        assertThat(json(inactive.body()).path("type").asText()).endsWith("/conflict");
        assertThat(myApplications(citizen)).isZero();
    }

    @Test
    @DisplayName("APP-003: every offending form field with #/form/<field> and the keyword's code; nothing created")
    void formErrors() {
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA,
                "{\"nama_bayi\":\"A\",\"tanggal_lahir\":\"2026-02-30\",\"anak_ke\":0,\"warna\":\"biru\"}",
                documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", ktp)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response.body());
        assertThat(problem.path("type").asText()).endsWith("/validation-error");
        assertThat(problem.path("errors")).extracting(e -> e.path("pointer").asText() + " " + e.path("code").asText())
                .contains("#/form/nama_bayi TOO_SHORT", "#/form/tanggal_lahir INVALID_FORMAT",
                        "#/form/jenis_kelamin REQUIRED", "#/form/anak_ke OUT_OF_RANGE", "#/form/warna UNKNOWN");
        assertThat(myApplications(citizen)).isZero();
    }

    @Test
    @DisplayName("APP-004 to APP-008: every offending document with its pointer and code, in one 422; nothing created")
    void requirementErrors() {
        Person other = kit.citizen();
        String othersKk = vault.add(other.id(), "KK", "VERIFIED");
        String rejectedKtp = vault.add(citizen.id(), "KTP_EL", "REJECTED");
        String npwp = vault.add(citizen.id(), "NPWP", "VERIFIED");

        HttpResponse<String> response = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA, aktaForm(),
                documents("KK", othersKk, "KTP_EL", rejectedKtp, "AKTA_NIKAH", kk, "NPWP", npwp)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = json(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/requirements-not-met");
        assertThat(problem.path("errors")).extracting(e -> e.path("pointer").asText() + " " + e.path("code").asText())
                .containsExactly("#/documents REQUIRED_DOCUMENT_MISSING", "#/documents/0 DOCUMENT_NOT_FOUND",
                        "#/documents/1 DOCUMENT_REJECTED", "#/documents/2 DOCUMENT_TYPE_MISMATCH",
                        "#/documents/3 NOT_A_REQUIREMENT");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("SURAT_KETERANGAN_LAHIR");
        assertThat(myApplications(citizen)).isZero();
        assertThat(vault.grants).noneMatch(g -> g.documentId().equals(kk));
    }

    @Test
    @DisplayName("APP-005: another citizen's document and a document that does not exist answer identically")
    void othersDocumentLooksMissing() {
        Person other = kit.citizen();
        String othersKtp = vault.add(other.id(), "KTP_EL", "VERIFIED");
        HttpResponse<String> foreign = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA, aktaForm(),
                documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", othersKtp)));
        HttpResponse<String> missing = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA, aktaForm(),
                documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", "doc_01JDQKFBF5KZNWJ47TAN9ZT24M")));

        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(missing.statusCode()).isEqualTo(422);
        JsonNode a = json(foreign.body()).path("errors");
        JsonNode b = json(missing.body()).path("errors");
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.get(0).path("code").asText()).isEqualTo(b.get(0).path("code").asText())
                .isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(a.get(0).path("pointer").asText()).isEqualTo(b.get(0).path("pointer").asText());
    }

    @Test
    @DisplayName("APP-007: an UPLOADED document where only VERIFIED is accepted answers DOCUMENT_STATUS_NOT_ACCEPTED")
    void statusNotAccepted() {
        String uploadedKtp = vault.add(citizen.id(), "KTP_EL", "UPLOADED");
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA, aktaForm(),
                documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", uploadedKtp)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response.body()).path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("pointer").asText()).isEqualTo("#/documents/2");
            assertThat(e.path("code").asText()).isEqualTo("DOCUMENT_STATUS_NOT_ACCEPTED");
        });
    }

    @Test
    @DisplayName("APP-009: an account below the service's minimum_acr answers 403 insufficient-assurance with required_acr")
    void insufficientAssurance() {
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", body(ApplicationFakes.SIP, "{}", "[]"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        JsonNode problem = json(response.body());
        assertThat(problem.path("type").asText()).endsWith("/insufficient-assurance");
        assertThat(problem.path("required_acr").asText()).isEqualTo("urn:mpp:acr:nik");
        assertThat(myApplications(citizen)).isZero();
    }

    @Test
    @DisplayName("APP-039: two documents of one type answer 400 DUPLICATE at the second one")
    void duplicateType() {
        String kk2 = vault.add(citizen.id(), "KK", "VERIFIED");
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", body(ApplicationFakes.AKTA, aktaForm(),
                documents("SURAT_KETERANGAN_LAHIR", skl, "KK", kk, "KTP_EL", ktp, "KK", kk2)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).path("errors")).singleElement().satisfies(e -> {
            assertThat(e.path("pointer").asText()).isEqualTo("#/documents/3");
            assertThat(e.path("code").asText()).isEqualTo("DUPLICATE");
        });
        assertThat(myApplications(citizen)).isZero();
    }

    @Test
    @DisplayName("A body without service_id, form or documents answers 400 validation-error, never a 500")
    void structure() {
        HttpResponse<String> response = kit.post(citizen, "/v1/applications", "{\"form\":{}}");
        HttpResponse<String> garbage = kit.post(citizen, "/v1/applications", "{\"service_id\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThatThrownBy(() -> kit.sdk(citizen).applications().submit(new ApplicationSubmission()
                .serviceId("33-02-tidak-ada").form(Map.of()).documents(List.of())))
                .isInstanceOfSatisfying(MppApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    @DisplayName("Scope applications.write is needed to submit (403 insufficient-scope)")
    void needsScope() {
        HttpResponse<String> response = kit.citizens.send("POST", "/v1/applications",
                kit.citizens.token(accounts.findById(citizen.id()).orElseThrow().account(), "openid applications.read"),
                "application/json", validBody());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response.body()).path("type").asText()).endsWith("/insufficient-scope");
    }

    @Test
    @DisplayName("ACC-060: a SUBMITTED application makes deleteMyAccount answer 409 account-has-open-applications, the account stays; once cancelled it can be deleted")
    void anUndecidedApplicationKeepsTheAccount() {
        HttpResponse<String> submitted = kit.post(citizen, "/v1/applications", validBody());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String token = kit.citizens.token(accounts.findById(citizen.id()).orElseThrow().account(), "openid account");
        String etag = kit.citizens.get("/v1/me", token).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> refused = kit.citizens.send("DELETE", "/v1/me", token, null, null, "If-Match", etag);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(refused.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/account-has-open-applications");
        assertThat(accounts.findById(citizen.id())).isPresent();
        assertThat(kit.citizens.get("/v1/me", token).headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> cancelled = kit.post(citizen, "/v1/applications/" + json(submitted.body()).path("id")
                .asText() + "/cancellation", "{}", "If-Match", submitted.headers().firstValue("ETag").orElseThrow());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        HttpResponse<String> deleted = kit.citizens.send("DELETE", "/v1/me", token, null, null, "If-Match", etag);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(accounts.findById(citizen.id())).isEmpty();
    }
}
