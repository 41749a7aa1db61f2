package id.mpp.server.http.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.account.NikVerification;
import id.mpp.server.domain.account.Nik;
import id.mpp.server.domain.account.PasswordHasher;
import id.mpp.server.domain.account.PrivacyConsent;
import id.mpp.server.domain.account.ProcessingPurpose;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.oauth.AcrValue;
import id.mpp.server.domain.oauth.Grant;
import id.mpp.server.domain.oauth.Scopes;
import id.mpp.server.domain.service.ServiceDefinition;
import id.mpp.server.domain.service.ServiceDefinition.RequirementRule;
import id.mpp.server.domain.service.ServiceDirectory;
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
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The events the applications record through the real {@link EventRecorder}, in the applications' own transactions,
 * read back from the feed (EVT-010, EVT-011). The catalogue and the vault are small test stand-ins until their
 * implementations land.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsFromApplicationsTest implements TestPropertyProvider {
    private static final String SERVICE = "33-02-disdukcapil-perubahan-kk";
    private static final String AGENCY = "33-02-disdukcapil";

    @Inject
    EmbeddedServer server;
    @Inject
    EventRecorder recorder;
    @Inject
    JdbcAccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;

    private final Map<String, AttachableDocument> documents = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return EventFixture.properties(false);
    }

    @MockBean(ServiceDirectory.class)
    ServiceDirectory services() {
        ServiceDefinition kk = new ServiceDefinition(SERVICE, "33.02", AGENCY, "Perubahan Data KK",
                "Family card update", true, "urn:mpp:acr:basic", 5, Map.of("type", "object"),
                List.of(new RequirementRule("KK", false, List.of("UPLOADED", "VERIFIED"))), "KK", "Kartu Keluarga");
        return serviceId -> SERVICE.equals(serviceId) ? Optional.of(kk) : Optional.empty();
    }

    @MockBean(ApplicationVault.class)
    ApplicationVault vault() {
        return new ApplicationVault() {
            @Override
            public List<AttachableDocument> findOwned(String owner, Collection<String> ids) {
                return ids.stream().map(documents::get).filter(d -> d != null).toList();
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
                return new IssuedDocumentReceipt("doc_" + UUID.randomUUID().toString().replace("-", "")
                        .substring(0, 26).toUpperCase(), issue.verificationCode());
            }
        };
    }

    private String officerToken() {
        Instant now = Instant.now();
        String serial = String.format("%04d", 1000 + (int) (System.nanoTime() % 8000));
        Account account = new Account("usr_EVT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20)
                .toUpperCase(), Nik.parse("330201120385" + serial), "Agus Santoso", LocalDate.of(1985, 3, 12),
                "petugas.evt" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.go.id", true,
                "+6281327650000", false, NikVerification.unverified(Set.of()), "id", "2026.1",
                PrivacyConsent.given("2026.1", List.of(ProcessingPurpose.ACCOUNT_MANAGEMENT), now), now, now);
        accounts.insert(StoredAccount.officer(account, hasher.hash(Citizens.PASSWORD), AGENCY));
        return issuer.issueAccessToken(new Grant("grant-" + UUID.randomUUID(), "demo-web", account.id(),
                "sid-" + UUID.randomUUID(), Scopes.parse("openid officer"), now,
                AcrValue.valueOf(account.acr().name())), AGENCY).token();
    }

    @Test
    @DisplayName("EVT-010, EVT-011, EVT-012: submit, review, approve, complete and a cancellation each give exactly"
            + " one event of the right type, from_status, to_status and action, numbered 1, 2, 3, ... per application")
    void applicationChangesReachTheFeed() {
        Http http = new Http(server);
        EventFixture events = new EventFixture(http, recorder);
        String agencyToken = events.tokenA();
        String start = events.tail(agencyToken, "");
        Citizens citizens = new Citizens(accounts, hasher, issuer, http);
        Account citizen = citizens.create();
        String citizenToken = citizens.token(citizen, "openid applications.read applications.write");
        String officer = officerToken();
        String kk = "doc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
        documents.put(kk, new AttachableDocument(kk, "KK", "VERIFIED"));
        String submission = "{\"service_id\":\"" + SERVICE + "\",\"form\":{},\"documents\":[{\"document_type\":"
                + "\"KK\",\"document_id\":\"" + kk + "\"}]}";

        JsonNode completed = submit(citizens, citizenToken, submission);
        String id = completed.path("id").asText();
        String etag = act(citizens, officer, id, readEtag(citizens, officer, id), "START_REVIEW");
        etag = act(citizens, officer, id, etag, "APPROVE");
        act(citizens, officer, id, etag, "COMPLETE");
        JsonNode cancelledApp = submit(citizens, citizenToken, submission);
        String cancelled = cancelledApp.path("id").asText();
        HttpResponse<String> cancel = citizens.send("POST", "/v1/applications/" + cancelled + "/cancellation",
                citizenToken, "application/json", "{\"reason\":\"Salah pilih layanan\"}", "If-Match",
                readEtag(citizens, citizenToken, cancelled));
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);

        JsonNode page = Problems.json(events.get(EventFixture.feed("", start, 100), agencyToken).body());
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (JsonNode event : page.path("items")) {
            String line = event.path("application_sequence").asInt() + " " + event.path("type").asText() + " "
                    + event.path("data").path("from_status").asText("-") + ">" + event.path("data")
                    .path("to_status").asText() + " " + event.path("data").path("action").asText("-") + " "
                    + event.path("data").path("actor_role").asText();
            if (event.path("application_id").asText().equals(id)) {
                first.add(line);
            } else if (event.path("application_id").asText().equals(cancelled)) {
                second.add(line);
            }
            assertThat(event.toString()).doesNotContain(citizen.nik().toString()).doesNotContain(citizen.fullName())
                    .doesNotContain(citizen.email());
        }
        assertThat(first).containsExactly(
                "1 APPLICATION_SUBMITTED ->SUBMITTED - CITIZEN",
                "2 APPLICATION_STATUS_CHANGED SUBMITTED>IN_REVIEW START_REVIEW OFFICER",
                "3 APPLICATION_STATUS_CHANGED IN_REVIEW>APPROVED APPROVE OFFICER",
                "4 APPLICATION_COMPLETED APPROVED>COMPLETED COMPLETE OFFICER");
        assertThat(second).containsExactly(
                "1 APPLICATION_SUBMITTED ->SUBMITTED - CITIZEN",
                "2 APPLICATION_CANCELLED SUBMITTED>CANCELLED CANCEL CITIZEN");
    }

    private static JsonNode submit(Citizens citizens, String token, String body) {
        HttpResponse<String> response = citizens.send("POST", "/v1/applications", token, "application/json", body,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Problems.json(response.body());
    }

    private static String readEtag(Citizens citizens, String token, String id) {
        return citizens.get("/v1/applications/" + id, token).headers().firstValue("ETag").orElseThrow();
    }

    private static String act(Citizens citizens, String officer, String id, String etag, String action) {
        HttpResponse<String> response = citizens.send("POST", "/v1/applications/" + id + "/transitions", officer,
                "application/json", "{\"action\":\"" + action + "\"}", "If-Match", etag);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }
}
