package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.ConformanceHttpClient.BinaryExchange;
import id.mpp.conformance.http.Exchange;
import id.mpp.conformance.http.HttpCall;
import id.mpp.conformance.tests.Documents.Owner;
import id.mpp.conformance.tests.Documents.Part;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The citizen's document vault: types, upload once, checks while streaming, downloads, deletion, isolation. */
@Profile("documents")
public class DocumentTests {

    private static final String PDF = "application/pdf";
    private static final String KTP = "KTP_EL";
    private static final Set<String> MEDIA = Set.of("application/pdf", "image/jpeg", "image/png");

    @Requirement({"DOC-001"})
    public void documentTypesArePublicAndTheSameInListAndGet(TestContext ctx) {
        Exchange list = ctx.http().get("/v1/document-types?page_size=100");
        assertThat(list.status()).as("status without a token").isEqualTo(200);
        JsonNode items = list.json().path("items");
        assertThat(items.size()).as("document types").isPositive();
        for (JsonNode t : items) {
            assertThat(t.path("max_size_bytes").asLong()).as("max_size_bytes of %s", t.path("code")).isPositive();
            boolean any = false;
            for (JsonNode m : t.path("allowed_media_types")) {
                any |= MEDIA.contains(m.asText());
            }
            assertThat(any).as("allowed_media_types of %s", t.path("code")).isTrue();
        }
        JsonNode first = items.get(0);
        Exchange one = ctx.http().get("/v1/document-types/" + first.path("code").asText());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).as("getDocumentType answers the listed type identically").isEqualTo(first);
    }

    @Requirement({"DOC-002", "GEN-008"})
    public void aTypesNameFollowsTheLanguageAndAnUnknownCodeAnswers404(TestContext ctx) {
        JsonNode id = ctx.http().get("/v1/document-types/" + KTP).json();
        JsonNode en = ctx.http().send(HttpCall.get("/v1/document-types/" + KTP).header("Accept-Language", "en")).json();
        assertThat(en.path("code")).isEqualTo(id.path("code"));
        assertThat(en.path("names")).as("names carry both languages").isEqualTo(id.path("names"));
        assertThat(id.path("name")).isEqualTo(id.path("names").path("id"));
        assertThat(en.path("name")).isEqualTo(en.path("names").path("en"));
        assertProblem(ctx.http().get("/v1/document-types/KONFORMANSI_TIDAK_ADA"), 404, "not-found");
    }

    @Requirement({"DOC-003", "DOC-017"})
    public void anUploadAnswers201WithTheDocumentAsStored(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        Exchange e = Documents.upload(ctx, owner, Documents.parts(KTP, content, PDF));
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
        JsonNode d = e.json();
        assertThat(e.header("location").orElse("")).as("Location").endsWith("/v1/documents/" + d.path("id").asText());
        assertThat(e.header("etag").orElse("")).as("ETag").isEqualTo("\"" + d.path("version").asText() + "\"");
        assertThat(d.path("status").asText()).isEqualTo("UPLOADED");
        assertThat(d.path("origin").asText()).isEqualTo("UPLOADED");
        assertThat(d.path("owner").asText()).as("owner").isEqualTo(IdTokens.claims(owner.tokens().idToken()).path("sub").asText());
        assertThat(d.path("size_bytes").asLong()).isEqualTo(content.length);
        assertThat(d.path("sha256").asText()).isEqualTo(Documents.sha256(content));
        Exchange got = Documents.get(ctx, owner.bearer(), "/v1/documents/" + d.path("id").asText());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).as("getDocument answers it identically").isEqualTo(d);
        assertThat(got.header("etag").orElse("")).as("ETag of getDocument").isEqualTo("\"" + d.path("version").asText() + "\"");
    }

    @Requirement({"DOC-004", "DOC-019", "DOC-032"})
    public void aDownloadIsByteForByteWithItsHeadersAndIsLogged(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.png();
        JsonNode d = Documents.uploaded(ctx, owner, "PAS_FOTO", content, "image/png");
        BinaryExchange b = Documents.download(ctx, owner.bearer(), d.path("id").asText(), null, null);
        Exchange e = b.exchange();
        assertThat(e.status()).isEqualTo(200);
        assertThat(b.body()).as("the bytes uploaded").isEqualTo(content);
        assertThat(e.mediaType()).as("Content-Type").isEqualTo("image/png");
        assertThat(e.header("content-disposition").orElse("")).as("Content-Disposition").startsWith("attachment")
                .contains(d.path("file_name").asText());
        assertThat(e.header("x-content-type-options").orElse("")).isEqualTo("nosniff");
        assertThat(e.header("cache-control").orElse("")).contains("no-store");
        assertThat(e.header("accept-ranges").orElse("")).isEqualTo("bytes");
        assertThat(e.header("etag").orElse("")).isEqualTo("\"" + Documents.sha256(content) + "\"");
        assertThat(e.header("content-length").orElse("")).isEqualTo(String.valueOf(content.length));
        JsonNode log = Documents.get(ctx, owner.bearer(), "/v1/document-access-log?document_id=" + d.path("id").asText())
                .json().path("items");
        assertThat(log).as("access log entries of the download").anySatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("DOWNLOAD");
            assertThat(entry.path("actor").path("type").asText()).isEqualTo("CITIZEN");
            assertThat(entry.path("actor").path("client_name").asText()).isNotEmpty();
        });
    }

    @Requirement({"DOC-032"})
    public void readingADocumentsMetadataIsNotLogged(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        JsonNode d = Documents.uploaded(ctx, owner, KTP, Documents.pdf(), PDF);
        Documents.get(ctx, owner.bearer(), "/v1/documents/" + d.path("id").asText());
        Exchange log = Documents.get(ctx, owner.bearer(), "/v1/document-access-log?document_id=" + d.path("id").asText());
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().path("items").size()).as("entries after getDocument").isZero();
    }

    @Requirement({"DOC-006"})
    public void aChecksumMismatchAnswers422AndStoresNothing(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        List<Part> parts = Documents.parts(KTP, content, PDF);
        parts.set(1, Part.text("sha256", Documents.sha256("something else".getBytes(StandardCharsets.UTF_8))));
        assertProblem(Documents.upload(ctx, owner, parts), 422, "checksum-mismatch");
        assertThat(Documents.ids(ctx, owner, null)).as("documents after the refusal").isEmpty();
        assertThat(Documents.upload(ctx, owner, Documents.parts(KTP, content, PDF)).status())
                .as("the same bytes with the right sha256").isEqualTo(201);
    }

    @Requirement({"DOC-007"})
    public void aMissingPartAnswers400WithItsPointer(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        for (String missing : List.of("document_type", "sha256", "file")) {
            List<Part> parts = new java.util.ArrayList<>(Documents.parts(KTP, Documents.pdf(), PDF));
            parts.removeIf(p -> p.name().equals(missing));
            JsonNode problem = assertProblem(Documents.upload(ctx, owner, parts), 400, "validation-error");
            assertThat(pointers(problem)).as("pointers without %s", missing).contains("#/multipart/" + missing);
            assertThat(problem.path("errors").toString()).contains("REQUIRED");
        }
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-007"})
    public void aMalformedSha256AndAnUnknownTypeAnswer400(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        List<Part> parts = Documents.parts(KTP, Documents.pdf(), PDF);
        parts.set(1, Part.text("sha256", "ABC"));
        JsonNode problem = assertProblem(Documents.upload(ctx, owner, parts), 400, "validation-error");
        assertThat(pointers(problem)).contains("#/multipart/sha256");
        assertThat(problem.path("errors").toString()).contains("INVALID_FORMAT");
        List<Part> unknown = Documents.parts("KONFORMANSI_TIDAK_ADA", Documents.pdf(), PDF);
        JsonNode second = assertProblem(Documents.upload(ctx, owner, unknown), 400, "validation-error");
        assertThat(pointers(second)).contains("#/multipart/document_type");
        assertThat(second.path("errors").toString()).contains("UNKNOWN");
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-008"})
    public void theFilePartBeforeTheChecksumAnswersPartOrder(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        List<Part> p = Documents.parts(KTP, Documents.pdf(), PDF);
        JsonNode problem = assertProblem(Documents.upload(ctx, owner, List.of(p.get(0), p.get(3), p.get(1))), 400,
                "validation-error");
        assertThat(problem.path("errors").toString()).contains("PART_ORDER");
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-008"})
    public void aPartSentTwiceAnswersDuplicatePart(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        List<Part> p = Documents.parts(KTP, Documents.pdf(), PDF);
        JsonNode problem = assertProblem(Documents.upload(ctx, owner, List.of(p.get(0), p.get(0), p.get(1), p.get(3))),
                400, "validation-error");
        assertThat(problem.path("errors").toString()).contains("DUPLICATE_PART");
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-009"})
    public void aMediaTypeTheTypeDoesNotAllowAnswers415(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] text = "just some text".getBytes(StandardCharsets.UTF_8);
        List<Part> parts = Documents.parts(KTP, text, PDF);
        parts.set(3, Part.file("catatan.txt", "text/plain", text));
        assertProblem(Documents.upload(ctx, owner, parts), 415, "unsupported-media-type");
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-009"})
    public void anUploadThatIsNotMultipartAnswers415(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        Exchange e = ctx.http().send(HttpCall.method("POST", "/v1/documents").header("Authorization", owner.bearer())
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("application/json", "{\"document_type\":\"KTP_EL\"}"));
        assertProblem(e, 415, "unsupported-media-type");
    }

    @Requirement({"DOC-010"})
    public void bytesThatAreNotAPdfDeclaredAsPdfAnswer422(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] fake = ("<?php echo 'not a pdf'; ?>" + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        List<Part> parts = Documents.parts(KTP, fake, PDF);
        parts.set(3, Part.file("ktp.pdf", PDF, fake));
        assertProblem(Documents.upload(ctx, owner, parts), 422, "content-type-mismatch");
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-010", "DOC-009"})
    public void aPdfDeclaredAsOctetStreamIsTakenAsPdfButAPngDeclaredAsPdfIsRefused(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] pdf = Documents.pdf();
        List<Part> parts = Documents.parts(KTP, pdf, PDF);
        parts.set(3, Part.file("ktp.bin", "application/octet-stream", pdf));
        Exchange e = Documents.upload(ctx, owner, parts);
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
        assertThat(e.json().path("media_type").asText()).isEqualTo(PDF);
        byte[] png = Documents.png();
        List<Part> lying = Documents.parts(KTP, png, PDF);
        lying.set(3, Part.file("foto.pdf", PDF, png));
        assertProblem(Documents.upload(ctx, owner, lying), 422, "content-type-mismatch");
    }

    @Requirement({"DOC-011"})
    public void aFileOverTheTypesLimitAnswers413WithMaxBytes(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        JsonNode type = ctx.http().get("/v1/document-types/" + KTP).json();
        long max = type.path("max_size_bytes").asLong();
        assertThat(max).as("max_size_bytes of %s small enough to test", KTP).isLessThan(64L * 1024 * 1024);
        byte[] big = new byte[(int) max + 1];
        byte[] head = Documents.pdf();
        System.arraycopy(head, 0, big, 0, head.length);
        Arrays.fill(big, head.length, big.length, (byte) ' ');
        JsonNode problem = assertProblem(Documents.upload(ctx, owner, Documents.parts(KTP, big, PDF)), 413,
                "payload-too-large");
        assertThat(problem.path("max_bytes").asLong()).as("max_bytes").isEqualTo(max);
        assertThat(Documents.ids(ctx, owner, null)).as("nothing stored").isEmpty();
    }

    @Requirement({"DOC-012"})
    public void theFileNameIsSanitised(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] pdf = Documents.pdf();
        List<Part> parts = Documents.parts(KTP, pdf, PDF);
        parts.set(3, Part.file("../../Scan KTP <Dewi>.php.PDF", PDF, pdf));
        Exchange e = Documents.upload(ctx, owner, parts);
        assertThat(e.status()).as("status: %s", e.responseBody()).isEqualTo(201);
        assertThat(e.json().path("file_name").asText()).isEqualTo("Scan KTP _Dewi__php.pdf");
    }

    @Requirement({"DOC-013"})
    public void theSameContentOfTheSameTypeAnswers200WithTheExistingDocument(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        JsonNode first = Documents.uploaded(ctx, owner, KTP, content, PDF);
        List<Part> again = Documents.parts(KTP, content, PDF);
        again.set(2, Part.text("title", "Judul lain"));
        Exchange e = Documents.upload(ctx, owner, again);
        assertThat(e.status()).as("status of the second upload").isEqualTo(200);
        for (String member : List.of("id", "version", "title", "file_name", "status", "created_at")) {
            assertThat(e.json().path(member)).as(member).isEqualTo(first.path(member));
        }
        assertThat(Documents.ids(ctx, owner, null)).as("documents").containsExactly(first.path("id").asText());
    }

    @Requirement({"DOC-014"})
    public void theSameContentOfAnotherTypeOrOwnerIsANewDocument(TestContext ctx) {
        Owner a = Documents.owner(ctx);
        Owner b = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        JsonNode mine = Documents.uploaded(ctx, a, KTP, content, PDF);
        JsonNode otherType = Documents.uploaded(ctx, a, "KK", content, PDF);
        JsonNode theirs = Documents.uploaded(ctx, b, KTP, content, PDF);
        assertThat(otherType.path("id")).isNotEqualTo(mine.path("id"));
        assertThat(theirs.path("id")).isNotEqualTo(mine.path("id"));
        Exchange delete = ctx.http().send(HttpCall.method("DELETE", "/v1/documents/" + mine.path("id").asText())
                .header("Authorization", a.bearer()).header("If-Match", "\"" + mine.path("version").asText() + "\""));
        assertThat(delete.status()).as("status of deleting the first owner's copy").isEqualTo(204);
        assertThat(Documents.download(ctx, b.bearer(), theirs.path("id").asText(), null, null).body())
                .as("the other owner's copy").isEqualTo(content);
    }

    @Requirement({"DOC-016"})
    public void listDocumentsAnswersTheOwnDocumentsNewestFirstAndFilters(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        JsonNode first = Documents.uploaded(ctx, owner, KTP, Documents.pdf(), PDF);
        JsonNode second = Documents.uploaded(ctx, owner, "KK", Documents.pdf(), PDF);
        assertThat(Documents.ids(ctx, owner, null)).containsExactly(second.path("id").asText(), first.path("id").asText());
        assertThat(Documents.ids(ctx, owner, "document_type=KK")).containsExactly(second.path("id").asText());
        assertThat(Documents.ids(ctx, owner, "document_type=KK&status=VERIFIED")).isEmpty();
        assertThat(Documents.ids(ctx, owner, "origin=UPLOADED")).hasSize(2);
    }

    @Requirement({"DOC-018", "GEN-021"})
    public void anotherCitizensDocumentAnswers404Everywhere(TestContext ctx) {
        Owner a = Documents.owner(ctx);
        Owner b = Documents.owner(ctx);
        JsonNode d = Documents.uploaded(ctx, a, KTP, Documents.pdf(), PDF);
        String id = d.path("id").asText();
        assertProblem(Documents.get(ctx, b.bearer(), "/v1/documents/" + id), 404, "not-found");
        assertProblem(Documents.download(ctx, b.bearer(), id, null, null).exchange(), 404, "not-found");
        assertProblem(ctx.http().send(HttpCall.method("DELETE", "/v1/documents/" + id).header("Authorization", b.bearer())
                .header("If-Match", "\"" + d.path("version").asText() + "\"")), 404, "not-found");
        assertThat(Documents.get(ctx, b.bearer(), "/v1/document-grants?document_id=" + id).json().path("items").size())
                .as("grants by another's document").isZero();
        assertThat(Documents.get(ctx, b.bearer(), "/v1/document-access-log?document_id=" + id).json().path("items").size())
                .as("access log by another's document").isZero();
        assertThat(Documents.get(ctx, a.bearer(), "/v1/documents/" + id).status()).as("unchanged for its owner").isEqualTo(200);
    }

    @Requirement({"DOC-020"})
    public void aByteRangeAnswers206WithExactlyThoseBytes(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        String id = Documents.uploaded(ctx, owner, KTP, content, PDF).path("id").asText();
        BinaryExchange r = Documents.download(ctx, owner.bearer(), id, "bytes=2-9", null);
        assertThat(r.exchange().status()).isEqualTo(206);
        assertThat(r.body()).isEqualTo(Arrays.copyOfRange(content, 2, 10));
        assertThat(r.exchange().header("content-range").orElse("")).isEqualTo("bytes 2-9/" + content.length);
        BinaryExchange suffix = Documents.download(ctx, owner.bearer(), id, "bytes=-5", null);
        assertThat(suffix.exchange().status()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 5, content.length));
        BinaryExchange beyond = Documents.download(ctx, owner.bearer(), id, "bytes=10-99999", null);
        assertThat(beyond.exchange().status()).isEqualTo(206);
        assertThat(beyond.body()).isEqualTo(Arrays.copyOfRange(content, 10, content.length));
    }

    @Requirement({"DOC-021"})
    public void anUnsatisfiableRangeAnswers416AndSeveralRangesAreIgnored(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        String id = Documents.uploaded(ctx, owner, KTP, content, PDF).path("id").asText();
        BinaryExchange r = Documents.download(ctx, owner.bearer(), id, "bytes=" + content.length + "-", null);
        assertProblem(r.exchange(), 416, "range-not-satisfiable");
        assertThat(r.exchange().header("content-range").orElse("")).isEqualTo("bytes */" + content.length);
        BinaryExchange several = Documents.download(ctx, owner.bearer(), id, "bytes=0-1,4-5", null);
        assertThat(several.exchange().status()).isEqualTo(200);
        assertThat(several.body()).isEqualTo(content);
    }

    @Requirement({"DOC-022"})
    public void ifNoneMatchWithTheETagAnswers304(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        byte[] content = Documents.pdf();
        String id = Documents.uploaded(ctx, owner, KTP, content, PDF).path("id").asText();
        String etag = "\"" + Documents.sha256(content) + "\"";
        BinaryExchange r = Documents.download(ctx, owner.bearer(), id, "bytes=0-3", etag);
        assertThat(r.exchange().status()).isEqualTo(304);
        assertThat(r.body()).isEmpty();
        assertThat(r.exchange().header("etag").orElse("")).isEqualTo(etag);
        assertThat(Documents.download(ctx, owner.bearer(), id, null, "\"other\"").exchange().status()).isEqualTo(200);
    }

    @Requirement({"DOC-025", "DOC-024"})
    public void deletionNeedsTheCurrentETagAndThenTheDocumentIsGone(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        JsonNode d = Documents.uploaded(ctx, owner, KTP, Documents.pdf(), PDF);
        String path = "/v1/documents/" + d.path("id").asText();
        assertProblem(ctx.http().send(HttpCall.method("DELETE", path).header("Authorization", owner.bearer())), 428,
                "precondition-required");
        assertProblem(ctx.http().send(HttpCall.method("DELETE", path).header("Authorization", owner.bearer())
                .header("If-Match", "\"999\"")), 412, "precondition-failed");
        assertThat(Documents.get(ctx, owner.bearer(), path).status()).as("unchanged").isEqualTo(200);
        Exchange e = ctx.http().send(HttpCall.method("DELETE", path).header("Authorization", owner.bearer())
                .header("If-Match", "\"" + d.path("version").asText() + "\""));
        assertThat(e.status()).isEqualTo(204);
        assertProblem(Documents.get(ctx, owner.bearer(), path), 404, "not-found");
        assertProblem(Documents.download(ctx, owner.bearer(), d.path("id").asText(), null, null).exchange(), 404, "not-found");
    }

    @Requirement({"DOC-029", "DOC-033"})
    public void grantsAndTheAccessLogOfANewVaultAreEmpty(TestContext ctx) {
        Owner owner = Documents.owner(ctx);
        Documents.uploaded(ctx, owner, KTP, Documents.pdf(), PDF);
        assertThat(Documents.get(ctx, owner.bearer(), "/v1/document-grants").json().path("items").size()).isZero();
        assertThat(Documents.get(ctx, owner.bearer(), "/v1/document-access-log").json().path("items").size()).isZero();
    }

    @Requirement({"DOC-041"})
    public void anUnknownVerificationCodeAnswers404AndAMalformedOne400(TestContext ctx) {
        assertProblem(ctx.http().get("/v1/issued-documents/ZZZZ-ZZZZ-ZZZZ-ZZZZ"), 404, "not-found");
        assertProblem(ctx.http().get("/v1/issued-documents/not-a-code"), 400, "validation-error");
    }

    @Requirement({"GEN-020"})
    public void uploadingNeedsTheDocumentsWriteScope(TestContext ctx) {
        Accounts.Fresh fresh = Accounts.register(ctx);
        Owner readOnly = new Owner(fresh, fresh.signIn(ctx, "openid documents.read"));
        assertProblem(Documents.upload(ctx, readOnly, Documents.parts(KTP, Documents.pdf(), PDF)), 403,
                "insufficient-scope");
    }
}
