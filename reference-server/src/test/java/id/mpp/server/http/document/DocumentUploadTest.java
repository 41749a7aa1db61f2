package id.mpp.server.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.domain.account.Account;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "11534336")
class DocumentUploadTest extends VaultTestBase {

    @Test
    @DisplayName("DOC-003: a valid upload answers 201 with Location and ETag; getDocument answers it identically")
    void uploadCreates() {
        Account citizen = fx.citizen();
        String token = fx.token(citizen);
        byte[] pdf = VaultFixture.pdf(50_000, 1);

        HttpResponse<String> created = fx.upload(token, VaultFixture.parts("KTP_EL", VaultFixture.sha256(pdf),
                "KTP saya", "KTP Siti.pdf", "application/pdf", pdf));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = json(created.body());
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/documents/" + doc.path("id").asText());
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(doc.path("status").asText()).isEqualTo("UPLOADED");
        assertThat(doc.path("origin").asText()).isEqualTo("UPLOADED");
        assertThat(doc.path("owner").asText()).isEqualTo(citizen.id());
        assertThat(doc.path("size_bytes").asLong()).isEqualTo(50_000);
        assertThat(doc.path("sha256").asText()).isEqualTo(VaultFixture.sha256(pdf));
        assertThat(doc.path("title").asText()).isEqualTo("KTP saya");
        assertThat(doc.path("file_name").asText()).isEqualTo("KTP Siti.pdf");
        assertThat(doc.path("open_application_count").asInt()).isZero();

        HttpResponse<String> read = fx.get("/v1/documents/" + doc.path("id").asText(), token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body())).isEqualTo(doc);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    @DisplayName("DOC-006: a checksum mismatch answers 422 checksum-mismatch, stores nothing; the right sha256 then 201")
    void checksumMismatch() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(20_000, 2);

        HttpResponse<String> refused = fx.upload(token, VaultFixture.parts("KTP_EL",
                VaultFixture.sha256(new byte[] {1}), null, "ktp.pdf", "application/pdf", pdf));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/checksum-mismatch");
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).isEmpty();
        assertThat(fx.upload(token, "KTP_EL", pdf, "application/pdf", "ktp.pdf").statusCode()).isEqualTo(201);
    }

    @Test
    @DisplayName("DOC-007: missing parts, a malformed sha256 and an unknown type answer 400 with their pointer and code")
    void missingAndInvalidParts() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(1000, 3);
        String sha = VaultFixture.sha256(pdf);

        HttpResponse<String> withoutType = fx.upload(token, List.of(VaultFixture.Part.text("sha256", sha),
                VaultFixture.Part.file("a.pdf", "application/pdf", pdf)));
        assertViolation(withoutType, "#/multipart/document_type", "REQUIRED");
        assertThat(json(withoutType.body()).path("errors")).hasSize(2).last().satisfies(error -> {
            assertThat(error.path("pointer").asText()).isEqualTo("#/multipart/file");
            assertThat(error.path("code").asText()).isEqualTo("PART_ORDER");
        });
        assertViolation(fx.upload(token, List.of(VaultFixture.Part.text("sha256", sha))),
                "#/multipart/document_type", "REQUIRED");
        assertViolation(fx.upload(token, List.of(VaultFixture.Part.text("document_type", "KTP_EL"),
                VaultFixture.Part.text("sha256", sha))), "#/multipart/file", "REQUIRED");
        assertViolation(fx.upload(token, VaultFixture.parts("KTP_EL", sha.toUpperCase(), null, "a.pdf",
                "application/pdf", pdf)), "#/multipart/sha256", "INVALID_FORMAT");
        assertViolation(fx.upload(token, VaultFixture.parts("KTP_ELEKTRONIK", sha, null, "a.pdf",
                "application/pdf", pdf)), "#/multipart/document_type", "UNKNOWN");
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).isEmpty();
    }

    @Test
    @DisplayName("DOC-008: a part after the file is PART_ORDER at that part, a repeated part DUPLICATE_PART")
    void partOrderAndDuplicates() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(1000, 4);
        String sha = VaultFixture.sha256(pdf);

        List<VaultFixture.Part> after = new java.util.ArrayList<>(VaultFixture.parts("KTP_EL", sha, null, "a.pdf",
                "application/pdf", pdf));
        after.add(VaultFixture.Part.text("title", "late"));
        assertViolation(fx.upload(token, after), "#/multipart/title", "PART_ORDER");

        assertViolation(fx.upload(token, List.of(VaultFixture.Part.text("document_type", "KTP_EL"),
                VaultFixture.Part.text("document_type", "KK"), VaultFixture.Part.text("sha256", sha),
                VaultFixture.Part.file("a.pdf", "application/pdf", pdf))), "#/multipart/document_type",
                "DUPLICATE_PART");
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).isEmpty();
    }

    @Test
    @DisplayName("DOC-009: a media type the type does not allow, or a body that is not multipart, answers 415")
    void unsupportedMediaTypes() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(1000, 5);

        HttpResponse<String> photoAsPdf = fx.upload(token, "PAS_FOTO", pdf, "application/pdf", "foto.pdf");
        assertThat(photoAsPdf.statusCode()).isEqualTo(415);
        assertThat(json(photoAsPdf.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/unsupported-media-type");

        HttpResponse<String> undeclared = fx.upload(token, "PAS_FOTO", pdf, null, "foto");
        assertThat(undeclared.statusCode()).isEqualTo(415);

        HttpResponse<String> json = fx.send("POST", "/v1/documents", token, "{}");
        assertThat(json.statusCode()).isEqualTo(415);

        byte[] png = VaultFixture.png(1000, 5);
        HttpResponse<String> sniffed = fx.upload(token, "PAS_FOTO", png, "application/octet-stream", "foto");
        assertThat(sniffed.statusCode()).isEqualTo(201);
        assertThat(json(sniffed.body()).path("media_type").asText()).isEqualTo("image/png");
        assertThat(json(sniffed.body()).path("file_name").asText()).isEqualTo("foto.png");
    }

    @Test
    @DisplayName("DOC-010: a PDF declared as JPEG and an EXE renamed .pdf answer 422 content-type-mismatch")
    void magicBytes() {
        String token = fx.token(fx.citizen());

        HttpResponse<String> pdfAsJpeg = fx.upload(token, "KTP_EL", VaultFixture.pdf(1000, 6), "image/jpeg",
                "ktp.jpg");
        assertThat(pdfAsJpeg.statusCode()).isEqualTo(422);
        assertThat(json(pdfAsJpeg.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/content-type-mismatch");

        HttpResponse<String> exe = fx.upload(token, "KTP_EL", VaultFixture.exe(1000, 6), "application/pdf",
                "setup.exe.pdf");
        assertThat(exe.statusCode()).isEqualTo(422);
        assertThat(json(exe.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/content-type-mismatch");
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).isEmpty();
    }

    @Test
    @DisplayName("DOC-011: one byte over the type's limit answers 413 with max_bytes; exactly the limit is stored")
    void sizeLimit() {
        String token = fx.token(fx.citizen());
        int limit = 5 * 1024 * 1024;

        HttpResponse<String> over = fx.upload(token, "KTP_EL", VaultFixture.pdf(limit + 1, 7), "application/pdf",
                "besar.pdf");
        assertThat(over.statusCode()).isEqualTo(413);
        JsonNode problem = json(over.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/payload-too-large");
        assertThat(problem.path("max_bytes").asLong()).isEqualTo(limit);
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).isEmpty();

        HttpResponse<String> exact = fx.upload(token, "KTP_EL", VaultFixture.pdf(limit, 7), "application/pdf",
                "pas.pdf");
        assertThat(exact.statusCode()).as(exact.body()).isEqualTo(201);
        assertThat(json(exact.body()).path("size_bytes").asLong()).isEqualTo(limit);
    }

    @Test
    @DisplayName("DOC-012: a path-traversal file name is sanitised; Content-Disposition carries the sanitised name")
    void fileNameSanitised() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(1000, 8);

        HttpResponse<String> created = fx.upload(token, "KTP_EL", pdf, "application/pdf",
                "../../Scan KTP <Dewi>.php.PDF");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode doc = json(created.body());
        assertThat(doc.path("file_name").asText()).isEqualTo("Scan KTP _Dewi__php.pdf");
        HttpResponse<String> download = fx.get("/v1/documents/" + doc.path("id").asText() + "/content", token);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Scan KTP _Dewi__php.pdf\"; filename*=UTF-8''Scan%20KTP%20_Dewi__php.pdf");
    }

    @Test
    @DisplayName("DOC-013: the same bytes of the same type again answer 200 with the same document; nothing new")
    void uploadOnce() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(3000, 9);
        JsonNode first = json(fx.upload(token, VaultFixture.parts("KK", VaultFixture.sha256(pdf), "KK keluarga",
                "kk.pdf", "application/pdf", pdf)).body());

        HttpResponse<String> again = fx.upload(token, VaultFixture.parts("KK", VaultFixture.sha256(pdf), "lain",
                "lain.pdf", "application/pdf", pdf));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again.body())).isEqualTo(first);
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).hasSize(1);
    }

    @Test
    @DisplayName("DOC-014: identical content of another type or another owner is a new document; deleting one keeps the other")
    void neverAcrossOwnersOrTypes() {
        String alice = fx.token(fx.citizen());
        String bob = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(3000, 10);

        JsonNode a = json(fx.upload(alice, "KK", pdf, "application/pdf", "kk.pdf").body());
        HttpResponse<String> otherType = fx.upload(alice, "KTP_EL", pdf, "application/pdf", "kk.pdf");
        HttpResponse<String> otherOwner = fx.upload(bob, "KK", pdf, "application/pdf", "kk.pdf");

        assertThat(otherType.statusCode()).isEqualTo(201);
        assertThat(otherOwner.statusCode()).isEqualTo(201);
        JsonNode b = json(otherOwner.body());
        assertThat(b.path("id").asText()).isNotEqualTo(a.path("id").asText());
        assertThat(fx.send("DELETE", "/v1/documents/" + a.path("id").asText(), alice, null, "If-Match", "\"1\"")
                .statusCode()).isEqualTo(204);
        HttpResponse<byte[]> bobs = fx.getBytes("/v1/documents/" + b.path("id").asText() + "/content", bob);
        assertThat(bobs.statusCode()).isEqualTo(200);
        assertThat(VaultFixture.sha256(bobs.body())).isEqualTo(VaultFixture.sha256(pdf));
    }

    @Test
    @DisplayName("DOC-005: uploads of the largest size a type allows succeed while several run at once")
    void concurrentLargestUploads() throws Exception {
        String token = fx.token(fx.citizen());
        int limit = 10 * 1024 * 1024;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> uploads = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                byte[] pdf = VaultFixture.pdf(limit, 100 + i);
                uploads.add(pool.submit(() -> fx.upload(token, "KK", pdf, "application/pdf", "kk.pdf")));
            }
            for (java.util.concurrent.Future<HttpResponse<String>> upload : uploads) {
                HttpResponse<String> response = upload.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                assertThat(json(response.body()).path("size_bytes").asLong()).isEqualTo(limit);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(json(fx.get("/v1/documents", token).body()).path("items")).hasSize(3);
    }

    private static void assertViolation(HttpResponse<String> response, String pointer, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/validation-error");
        assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo(pointer);
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo(code);
    }
}
