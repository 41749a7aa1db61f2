package id.mpp.server.http.application;

import static id.mpp.server.http.me.Citizens.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.documents.UploadResult;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationDocumentReference;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.sdk.generated.model.Document;
import id.mpp.sdk.generated.model.ServiceSatisfaction;
import id.mpp.sdk.generated.model.SurveyElement;
import id.mpp.sdk.generated.model.SurveyResponseSubmission;
import id.mpp.sdk.generated.model.SurveyScore;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.application.OutputDocumentPdf;
import id.mpp.server.http.application.ApplicationKit.Person;
import id.mpp.server.storage.account.AccountChanges;
import id.mpp.server.storage.account.JdbcAccountRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's end-to-end test on the real catalogue, vault, event store and survey (no stand-ins): a citizen registers,
 * verifies the NIK, uploads KTP-el and KK once, applies to two services of two agencies reusing them, an officer of
 * each agency takes the application to COMPLETED, the citizen finds each issued document in the vault, rates a
 * service, and the service's IKM reflects it (with four more respondents: the contract publishes an IKM from 5 on).
 */
@MicronautTest(transactional = false)
class ApplicationEndToEndTest {

    private static final String MOVE_OUT = "33-02-disdukcapil-pindah-keluar";
    private static final String HEALTH = "33-02-dinkes-surat-keterangan-sehat";
    private static final String SCOPES = "openid account applications.read applications.write documents.read"
            + " documents.write";

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationKit kit;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    AccountChanges accountChanges;

    private static List<SurveyScore> scores(int score) {
        List<SurveyScore> scores = new ArrayList<>();
        for (String element : List.of("PERSYARATAN", "PROSEDUR", "WAKTU_PENYELESAIAN", "BIAYA_TARIF",
                "PRODUK_LAYANAN", "KOMPETENSI_PELAKSANA", "PERILAKU_PELAKSANA", "PENANGANAN_PENGADUAN",
                "SARANA_PRASARANA")) {
            scores.add(new SurveyScore().element(SurveyElement.fromValue(element)).score(score));
        }
        return scores;
    }

    @Test
    @DisplayName("Issue 6 acceptance: register, upload KTP and KK once, apply to two services of two agencies, officers complete them, the outputs are in the vault, the rating moves the IKM")
    void endToEnd() {
        int serial = 1000 + (int) (Math.random() * 8000);
        String nik = "3302016708" + "95" + String.format("%04d", serial);
        HttpResponse<String> registered = kit.http.send(kit.http.request("/v1/accounts")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"nik\":\"" + nik + "\","
                        + "\"full_name\":\"Dewi Lestari Rahayu\",\"birth_date\":\"1995-08-27\",\"email\":\"dewi"
                        + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id\",\"phone_number\":"
                        + "\"+6281327654321\",\"password\":\"Mendoan-Anget-Baturraden-2026\",\"locale\":\"id\","
                        + "\"accepted_terms_version\":\"2026.1\",\"privacy_consent\":{\"notice_version\":\"2026.1\","
                        + "\"purposes\":[\"ACCOUNT_MANAGEMENT\",\"IDENTITY_VERIFICATION\"]}}"))
                .build());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String accountId = json(registered.body()).path("id").asText();
        Account account = accounts.findById(accountId).orElseThrow().account();
        // The e-mail address confirmed (its own flow, mailed code, is tested with the account's endpoints).
        assertThat(accountChanges.update(account.withEmailVerified(java.time.Instant.now()), 1)).isTrue();
        Person citizen = new Person(accountId, account.fullName(), kit.citizens.token(account, SCOPES));
        HttpResponse<String> nikChecked = kit.post(citizen, "/v1/me/nik-verification",
                "{\"registry_check_consent\":true}", "If-Match", "\"2\"");
        assertThat(nikChecked.statusCode()).as(nikChecked.body()).isEqualTo(200);
        assertThat(json(nikChecked.body()).path("acr").asText()).isEqualTo("urn:mpp:acr:nik");
        MppClient sdk = kit.sdk(citizen);

        UploadResult ktp = sdk.documents().upload(r -> r.documentType("KTP_EL").fileName("ktp-el.pdf")
                .mediaType("application/pdf"), new ByteArrayInputStream(OutputDocumentPdf.render("KTP-el",
                List.of("NIK " + nik, "Dewi Lestari Rahayu"))));
        UploadResult kk = sdk.documents().upload(r -> r.documentType("KK").fileName("kk.pdf")
                .mediaType("application/pdf"), new ByteArrayInputStream(OutputDocumentPdf.render("Kartu Keluarga",
                List.of("No. KK 3302011234560001"))));
        String ktpId = ktp.document().getId();
        String kkId = kk.document().getId();

        Versioned<Application> moveOut = sdk.applications().submit(new ApplicationSubmission().serviceId(MOVE_OUT)
                .form(Map.of("alamat_tujuan", "Jl. Malioboro No. 52, Yogyakarta", "kode_wilayah_tujuan", "34.71",
                        "alasan_pindah", "PEKERJAAN", "jenis_kepindahan", "KEPALA_KELUARGA", "tanggal_pindah",
                        "2027-01-15"))
                .documents(List.of(new ApplicationDocumentReference().documentType("KK").documentId(kkId),
                        new ApplicationDocumentReference().documentType("KTP_EL").documentId(ktpId))));
        Versioned<Application> health = sdk.applications().submit(new ApplicationSubmission().serviceId(HEALTH)
                .form(Map.of("keperluan", "MELAMAR_PEKERJAAN", "tinggi_badan_cm", 160, "berat_badan_kg", 55))
                .documents(List.of(new ApplicationDocumentReference().documentType("KTP_EL").documentId(ktpId))));
        assertThat(moveOut.value().getAgencyId()).isEqualTo("33-02-disdukcapil");
        assertThat(health.value().getAgencyId()).isEqualTo("33-02-dinkes");

        List<String> outputs = new ArrayList<>();
        for (Versioned<Application> submitted : List.of(moveOut, health)) {
            Person officer = kit.officer(submitted.value().getAgencyId(), "Petugas " + submitted.value()
                    .getAgencyId());
            MppClient desk = kit.sdk(officer);
            List<String> queue = new ArrayList<>();
            desk.applications().agencyQueue(submitted.value().getAgencyId(), q -> q.trackingNumber(
                    submitted.value().getTrackingNumber())).forEach(s -> queue.add(s.getId()));
            assertThat(queue).containsExactly(submitted.value().getId());
            HttpResponse<String> ktpForOfficer = kit.get(officer, "/v1/applications/" + submitted.value().getId()
                    + "/documents/" + ktpId);
            assertThat(ktpForOfficer.statusCode()).as(ktpForOfficer.body()).isEqualTo(200);

            Versioned<Application> current = desk.applications().get(submitted.value().getId());
            current = desk.applications().transition(current, new ApplicationTransition()
                    .action(ApplicationAction.START_REVIEW));
            current = desk.applications().transition(current, new ApplicationTransition()
                    .action(ApplicationAction.APPROVE).reason("Persyaratan lengkap dan sesuai."));
            current = desk.applications().transition(current, new ApplicationTransition()
                    .action(ApplicationAction.COMPLETE));
            assertThat(current.value().getStatus().getValue()).isEqualTo("COMPLETED");
            outputs.add(current.value().getOutputDocumentId());
        }

        for (int i = 0; i < outputs.size(); i++) {
            Document issued = sdk.documents().get(outputs.get(i));
            assertThat(issued.getOwner()).isEqualTo(accountId);
            assertThat(issued.getOrigin().getValue()).isEqualTo("ISSUED");
            assertThat(issued.getStatus().getValue()).isEqualTo("VERIFIED");
            assertThat(issued.getDocumentType()).isEqualTo(i == 0 ? "SURAT_KETERANGAN_PINDAH"
                    : "SURAT_KETERANGAN_SEHAT");
            assertThat(issued.getIssued().getAgencyId()).isEqualTo(i == 0 ? "33-02-disdukcapil" : "33-02-dinkes");
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            sdk.documents().download(outputs.get(i), file);
            String pdf = file.toString(StandardCharsets.ISO_8859_1);
            assertThat(pdf).startsWith("%PDF-").contains("xref", issued.getIssued().getVerificationCode())
                    .endsWith("%%EOF\n");
            HttpResponse<String> verified = kit.http.get("/v1/issued-documents/"
                    + issued.getIssued().getVerificationCode());
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        }

        sdk.applications().submitSurveyResponse(health.value().getId(), new SurveyResponseSubmission()
                .scores(scores(4)).comment("Cepat dan ramah."));
        assertThat(sdk.applications().get(health.value().getId()).value().getSurveyResponseSubmitted()).isTrue();
        ServiceSatisfaction alone = sdk.services().satisfaction(HEALTH);
        assertThat(alone.getRespondents()).isEqualTo(1);
        assertThat(alone.getIkmIndex()).as("not published below the contract's floor of 5 respondents").isNull();

        // Four more citizens of the same service rate every element 3: each NRR is (4 + 4 * 3) / 5 = 3.2, so the
        // IKM is 3.2 and the index 80.00, grade B.
        Person officer = kit.officer("33-02-dinkes", "Petugas Dinkes");
        for (int i = 0; i < 4; i++) {
            Person other = kit.citizen();
            MppClient theirs = kit.sdk(other);
            String theirKtp = theirs.documents().upload(r -> r.documentType("KTP_EL").fileName("ktp-el.pdf")
                    .mediaType("application/pdf"), new ByteArrayInputStream(OutputDocumentPdf.render("KTP-el",
                    List.of("KTP-el")))).document().getId();
            Versioned<Application> current = theirs.applications().submit(new ApplicationSubmission().serviceId(HEALTH)
                    .form(Map.of("keperluan", "PENDIDIKAN", "tinggi_badan_cm", 170, "berat_badan_kg", 60))
                    .documents(List.of(new ApplicationDocumentReference().documentType("KTP_EL")
                            .documentId(theirKtp))));
            MppClient desk = kit.sdk(officer);
            current = desk.applications().get(current.value().getId());
            for (ApplicationAction action : List.of(ApplicationAction.START_REVIEW, ApplicationAction.APPROVE,
                    ApplicationAction.COMPLETE)) {
                current = desk.applications().transition(current, new ApplicationTransition().action(action));
            }
            theirs.applications().submitSurveyResponse(current.value().getId(), new SurveyResponseSubmission()
                    .scores(scores(3)));
        }
        ServiceSatisfaction satisfaction = sdk.services().satisfaction(HEALTH);
        assertThat(satisfaction.getRespondents()).isEqualTo(5);
        assertThat(satisfaction.getIkmIndex()).isEqualTo(80.0);
        assertThat(satisfaction.getGrade().getValue()).isEqualTo("B");
    }
}
