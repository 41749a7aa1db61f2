package id.mpp.server.http.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.satisfaction.SurveyElement;
import id.mpp.server.domain.vault.ApplicationVault;
import id.mpp.server.domain.vault.AttachableDocument;
import id.mpp.server.domain.vault.DocumentGrantRequest;
import id.mpp.server.domain.vault.DocumentIssue;
import id.mpp.server.domain.vault.IssuedDocumentReceipt;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import id.mpp.server.http.me.Citizens;
import id.mpp.server.identity.TokenIssuer;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The survey on real applications: the catalogue's service, the applications' workflow and the event store are the
 * server's own; only the vault is a stand-in (its documents as a map). A citizen applies for the health certificate
 * of Dinas Kesehatan Banyumas, an officer takes it to COMPLETED, the citizen rates it, the application shows
 * {@code survey_response_submitted} and the service's IKM counts the answer.
 */
@MicronautTest(transactional = false)
@Property(name = "mpp.events.dispatcher-enabled", value = "false")
class SurveyEndToEndTest {

    private static final String SERVICE = "33-02-dinkes-surat-keterangan-sehat";
    private static final String AGENCY = "33-02-dinkes";
    private static final Map<String, AttachableDocument> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, String> OWNERS = new ConcurrentHashMap<>();

    @Inject
    EmbeddedServer server;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    @MockBean(ApplicationVault.class)
    ApplicationVault vault() {
        return new ApplicationVault() {
            @Override
            public List<AttachableDocument> findOwned(String ownerAccountId, Collection<String> documentIds) {
                return documentIds.stream().filter(id -> ownerAccountId.equals(OWNERS.get(id)))
                        .map(DOCUMENTS::get).toList();
            }

            @Override
            public void grant(DocumentGrantRequest request) {
            }

            @Override
            public void endGrant(String applicationId, String documentId, Instant at) {
            }

            @Override
            public void closeGrants(String applicationId, Instant closedAt) {
            }

            @Override
            public IssuedDocumentReceipt issue(DocumentIssue issue) {
                return new IssuedDocumentReceipt(document(issue.ownerAccountId(), issue.typeCode()),
                        issue.verificationCode());
            }
        };
    }

    private static String document(String owner, String type) {
        String id = "doc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
        DOCUMENTS.put(id, new AttachableDocument(id, type, "VERIFIED"));
        OWNERS.put(id, owner);
        return id;
    }

    private String officerToken() {
        Instant now = Instant.now();
        int serial = 1000 + (int) (System.nanoTime() % 8000);
        Account account = new Account("usr_OFF" + UUID.randomUUID().toString().replace("-", "").substring(0, 20)
                .toUpperCase(), Nik.parse("330201120385" + serial), "Dewi Lestari", LocalDate.of(1985, 3, 12),
                "petugas.dinkes" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.go.id", true,
                "+6281327650001", false, NikVerification.unverified(Set.of()), "id", "2026.1",
                PrivacyConsent.given("2026.1", List.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), now), now, now);
        accounts.insert(StoredAccount.officer(account, hasher.hash(Citizens.PASSWORD), AGENCY));
        return issuer.issueAccessToken(new Grant("grant-" + UUID.randomUUID(), "demo-web", account.id(),
                "sid-" + UUID.randomUUID(), Scopes.parse("openid officer"), now,
                id.mpp.server.domain.oauth.AcrValue.valueOf(account.acr().name())), AGENCY).token();
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Problems.json(response.body());
    }

    @Test
    @DisplayName("SKM-001, SKM-006, SKM-011: apply, complete, rate; survey_response_submitted becomes true; the IKM counts it")
    void applyCompleteRate() {
        Http http = new Http(server);
        Citizens citizens = new Citizens(accounts, hasher, issuer, http);
        Account siti = citizens.create();
        String citizen = citizens.token(siti, "openid applications.read applications.write documents.read");
        String officer = officerToken();
        String ktp = document(siti.id(), "KTP_EL");
        int before = Problems.json(http.get("/v1/services/" + SERVICE + "/satisfaction").body())
                .path("respondents").asInt();

        JsonNode submitted = ok(citizens.send("POST", "/v1/applications", citizen, "application/json",
                "{\"service_id\":\"" + SERVICE + "\",\"form\":{\"keperluan\":\"MELAMAR_PEKERJAAN\","
                        + "\"tinggi_badan_cm\":162,\"berat_badan_kg\":55.5,\"golongan_darah\":\"O\"},"
                        + "\"documents\":[{\"document_type\":\"KTP_EL\",\"document_id\":\"" + ktp + "\"}]}"), 201);
        String id = submitted.path("id").asText();
        assertThat(submitted.path("survey_response_submitted").asBoolean(true)).isFalse();

        String early = "{\"scores\":[" + IntStream.range(0, 9).mapToObj(i -> "{\"element\":\""
                + SurveyElement.values()[i].name() + "\",\"score\":4}")
                .collect(Collectors.joining(",")) + "]}";
        Problems.assertProblem(citizens.send("POST", "/v1/applications/" + id + "/survey-response", citizen,
                "application/json", early), 409, "survey-not-allowed");

        for (String action : List.of("START_REVIEW", "APPROVE", "COMPLETE")) {
            String etag = citizens.get("/v1/applications/" + id, officer).headers().firstValue("ETag").orElseThrow();
            ok(citizens.send("POST", "/v1/applications/" + id + "/transitions", officer, "application/json",
                    "{\"action\":\"" + action + "\",\"reason\":\"Hasil pemeriksaan kesehatan baik.\"}",
                    "If-Match", etag), 200);
        }
        assertThat(ok(citizens.get("/v1/applications/" + id, citizen), 200).path("status").asText())
                .isEqualTo("COMPLETED");

        ok(citizens.send("POST", "/v1/applications/" + id + "/survey-response", citizen, "application/json", early),
                201);

        assertThat(ok(citizens.get("/v1/applications/" + id, citizen), 200).path("survey_response_submitted")
                .asBoolean()).isTrue();
        Problems.assertProblem(citizens.get("/v1/applications/" + id + "/survey-response", officer), 404,
                "not-found");
        Problems.assertProblem(citizens.send("POST", "/v1/applications/" + id + "/survey-response", officer,
                "application/json", early), 404, "not-found");
        assertThat(Problems.json(http.get("/v1/services/" + SERVICE + "/satisfaction").body()).path("respondents")
                .asInt()).isEqualTo(before + 1);
        assertThat(Problems.json(http.get("/v1/agencies/" + AGENCY + "/satisfaction").body()).path("respondents")
                .asInt()).isGreaterThanOrEqualTo(before + 1);
    }
}
