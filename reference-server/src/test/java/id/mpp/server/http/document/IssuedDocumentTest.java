package id.mpp.server.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import id.mpp.server.domain.vault.DocumentIssue;
import id.mpp.server.domain.vault.IssuedDocumentReceipt;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issued documents: stored by the applications side through the port, checked publicly by their code. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "11534336")
@Property(name = "mpp.vault.issued-lookups-per-minute", value = "8")
class IssuedDocumentTest extends VaultTestBase {

    private static final java.util.concurrent.atomic.AtomicInteger CODES = new java.util.concurrent.atomic
            .AtomicInteger(1000);

    private static String code() {
        return "B9Y7-3MY6-3FCH-" + CODES.incrementAndGet();
    }

    @Test
    @DisplayName("DOC-039, DOC-040, DOC-036: an issued document is VERIFIED, ISSUED, read-only for verification; its code is checkable")
    void issuedDocument() {
        Account citizen = fx.citizen();
        String token = fx.token(citizen);
        byte[] pdf = VaultFixture.pdf(2000, 40);
        String application = applicationId();
        String code = code();

        IssuedDocumentReceipt receipt = vault.issue(new DocumentIssue(citizen.id(), "AKTA_KELAHIRAN",
                "Kutipan Akta Kelahiran.pdf", "application/pdf", pdf, application, "MPP-3302-2026-000417",
                VaultFixture.AGENCY, Instant.now(), code));

        JsonNode doc = json(fx.get("/v1/documents/" + receipt.documentId(), token).body());
        assertThat(doc.path("origin").asText()).isEqualTo("ISSUED");
        assertThat(doc.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(doc.path("verification").path("agency_id").asText()).isEqualTo(VaultFixture.AGENCY);
        assertThat(doc.path("issued").path("verification_code").asText()).isEqualTo(code);
        assertThat(doc.path("issued").path("application_id").asText()).isEqualTo(application);
        assertThat(doc.path("issued").path("tracking_number").asText()).isEqualTo("MPP-3302-2026-000417");
        assertThat(doc.path("issued").path("status").asText()).isEqualTo("VALID");
        assertThat(doc.path("file_name").asText()).isEqualTo("Kutipan Akta Kelahiran.pdf");
        assertThat(json(fx.get("/v1/documents?origin=ISSUED", token).body()).path("items")).hasSize(1);

        HttpResponse<String> check = fx.get("/v1/issued-documents/" + code, null);
        assertThat(check.statusCode()).isEqualTo(200);
        JsonNode facts = json(check.body());
        assertThat(facts.path("status").asText()).isEqualTo("VALID");
        assertThat(facts.path("sha256").asText()).isEqualTo(VaultFixture.sha256(pdf));
        assertThat(facts.path("holder_name_masked").asText()).isEqualTo("S*** R********");
        assertThat(facts.path("issued_by").path("region_code").asText()).isEqualTo("33.02");
        assertThat(check.body()).doesNotContain(citizen.id(), receipt.documentId(), application,
                citizen.nik().toString(), "Siti");

        String application2 = submit(citizen.id(), VaultFixture.AGENCY, receipt.documentId());
        String officer = fx.officerToken(VaultFixture.AGENCY, "Agus Santoso");
        HttpResponse<String> verify = fx.send("POST", "/v1/applications/" + application2 + "/documents/"
                + receipt.documentId() + "/verification", officer, "{\"outcome\":\"VERIFIED\"}", "If-Match", "\"1\"");
        assertThat(verify.statusCode()).isEqualTo(409);
        vault.closeGrants(application2, Instant.now());

        assertThat(fx.send("DELETE", "/v1/documents/" + receipt.documentId(), token, null, "If-Match", "\"1\"")
                .statusCode()).isEqualTo(204);
        assertThat(fx.get("/v1/issued-documents/" + code, null).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("DOC-041: an unknown well-formed code answers 404, a malformed one 400")
    void unknownCodes() {
        assertThat(fx.get("/v1/issued-documents/ZZZZ-ZZZZ-ZZZZ-ZZZZ", null).statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = fx.get("/v1/issued-documents/not-a-code", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/validation-error");
    }

    @Test
    @DisplayName("DOC-042: lookups beyond the per-address limit answer 429 with Retry-After")
    void rateLimited() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 9; i++) {
            last = fx.get("/v1/issued-documents/ZZZZ-ZZZZ-ZZZZ-ZZZ" + i, null);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(last.body()).path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/rate-limited");
    }
}
