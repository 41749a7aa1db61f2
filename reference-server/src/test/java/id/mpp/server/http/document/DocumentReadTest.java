package id.mpp.server.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppClient;
import id.mpp.sdk.auth.Credentials;
import id.mpp.sdk.documents.DownloadResult;
import id.mpp.sdk.documents.UploadResult;
import id.mpp.server.domain.account.Account;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "11534336")
class DocumentReadTest extends VaultTestBase {

    private MppClient sdk(String token) {
        return MppClient.builder().baseUrl(server.getURI().toString()).credentials(Credentials.bearer(token)).build();
    }

    @Test
    @DisplayName("DOC-001, DOC-002: the types are public, ordered by code, both languages in names, 404 for an unknown code")
    void documentTypes() {
        List<String> codes = new ArrayList<>();
        String token = null;
        do {
            HttpResponse<String> page = fx.get("/v1/document-types?page_size=7"
                    + (token == null ? "" : "&page_token=" + token), null);
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode body = json(page.body());
            for (JsonNode type : body.path("items")) {
                codes.add(type.path("code").asText());
                assertThat(type.path("allowed_media_types").size()).isPositive();
                assertThat(type.path("max_size_bytes").asLong()).isBetween(5_242_880L, 10_485_760L);
                JsonNode one = json(fx.get("/v1/document-types/" + type.path("code").asText(), null).body());
                assertThat(one).isEqualTo(type);
            }
            token = body.path("next_page_token").isMissingNode() ? null : body.path("next_page_token").asText();
        } while (token != null);
        assertThat(codes).hasSize(20).isSorted().contains("KTP_EL", "KK", "SIP", "PBG", "SURAT_IZIN_USAHA",
                "SURAT_KETERANGAN_PINDAH", "SURAT_PENGANTAR_RT_RW");

        JsonNode id = json(fx.get("/v1/document-types/KK", null).body());
        JsonNode en = json(fx.get("/v1/document-types/KK", null, "Accept-Language", "en").body());
        assertThat(id.path("name").asText()).isEqualTo("Kartu Keluarga (KK)");
        assertThat(en.path("name").asText()).isEqualTo("Family card (KK)");
        assertThat(en.path("names")).isEqualTo(id.path("names"));
        assertThat(en.path("code")).isEqualTo(id.path("code"));
        assertThat(json(fx.get("/v1/document-types?category=PROFESSION", null).body()).path("items"))
                .extracting(n -> n.path("code").asText()).containsExactly("SIP", "STR");
        HttpResponse<String> unknown = fx.get("/v1/document-types/KTP_ELEKTRONIK", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body()).path("type").asText()).isEqualTo("https://mpp-digital.go.id/problems/not-found");
    }

    @Test
    @DisplayName("DOC-004, DOC-019: the SDK uploads and downloads the same bytes; headers of the content response")
    void downloadThroughTheSdk() throws Exception {
        String token = fx.token(fx.citizen());
        byte[] jpeg = VaultFixture.jpeg(300_000, 11);
        MppClient client = sdk(token);

        UploadResult uploaded = client.documents().upload(r -> r.documentType("KTP_EL").title("KTP")
                .fileName("ktp depan.jpg"), new ByteArrayInputStream(jpeg));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DownloadResult downloaded = client.documents().download(uploaded.document().getId(), out);

        assertThat(uploaded.alreadyStored()).isFalse();
        assertThat(out.toByteArray()).isEqualTo(jpeg);
        assertThat(downloaded.sha256()).isEqualTo(VaultFixture.sha256(jpeg));
        assertThat(client.documents().upload(r -> r.documentType("KTP_EL"), new ByteArrayInputStream(jpeg))
                .alreadyStored()).isTrue();

        HttpResponse<byte[]> raw = fx.getBytes("/v1/documents/" + uploaded.document().getId() + "/content", token);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(raw.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"ktp depan.jpg\"");
        assertThat(raw.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(raw.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(raw.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(raw.headers().firstValue("ETag")).hasValue("\"" + VaultFixture.sha256(jpeg) + "\"");
        assertThat(raw.headers().firstValue("Content-Length")).hasValue("300000");
    }

    @Test
    @DisplayName("DOC-020, DOC-021, DOC-022: one range answers 206; outside answers 416; several are ignored; If-None-Match 304")
    void ranges() {
        String token = fx.token(fx.citizen());
        byte[] pdf = VaultFixture.pdf(10_000, 12);
        String id = json(fx.upload(token, "KTP_EL", pdf, "application/pdf", "ktp.pdf").body()).path("id").asText();
        String path = "/v1/documents/" + id + "/content";

        HttpResponse<byte[]> first = fx.getBytes(path, token, "Range", "bytes=0-1023");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(pdf, 0, 1024));
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-1023/10000");
        assertThat(first.headers().firstValue("Content-Length")).hasValue("1024");

        HttpResponse<byte[]> open = fx.getBytes(path, token, "Range", "bytes=9000-");
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(pdf, 9000, 10_000));
        HttpResponse<byte[]> suffix = fx.getBytes(path, token, "Range", "bytes=-500");
        assertThat(suffix.headers().firstValue("Content-Range")).hasValue("bytes 9500-9999/10000");
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(pdf, 9500, 10_000));
        HttpResponse<byte[]> beyond = fx.getBytes(path, token, "Range", "bytes=9990-20000");
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes 9990-9999/10000");

        HttpResponse<String> unsatisfiable = fx.get(path, token, "Range", "bytes=10000-");
        assertThat(unsatisfiable.statusCode()).isEqualTo(416);
        assertThat(unsatisfiable.headers().firstValue("Content-Range")).hasValue("bytes */10000");
        assertThat(json(unsatisfiable.body()).path("type").asText())
                .isEqualTo("https://mpp-digital.go.id/problems/range-not-satisfiable");
        assertThat(fx.get(path, token, "Range", "bytes=-0").statusCode()).isEqualTo(416);

        for (String ignored : List.of("bytes=0-1,5-9", "items=0-1", "bytes=abc")) {
            HttpResponse<byte[]> whole = fx.getBytes(path, token, "Range", ignored);
            assertThat(whole.statusCode()).as(ignored).isEqualTo(200);
            assertThat(whole.body()).isEqualTo(pdf);
        }

        String etag = "\"" + VaultFixture.sha256(pdf) + "\"";
        HttpResponse<byte[]> notModified = fx.getBytes(path, token, "If-None-Match", etag, "Range", "bytes=0-1");
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(fx.getBytes(path, token, "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(fx.getBytes(path, token, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("DOC-016: listDocuments answers only the own documents, newest first, filters with AND, pages hold each once")
    void listing() {
        String token = fx.token(fx.citizen());
        String other = fx.token(fx.citizen());
        fx.upload(other, "KK", VaultFixture.pdf(100, 13), "application/pdf", "kk.pdf");
        List<String> uploaded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uploaded.add(json(fx.upload(token, i % 2 == 0 ? "KK" : "IJAZAH", VaultFixture.pdf(100 + i, 14 + i),
                    "application/pdf", "d.pdf").body()).path("id").asText());
        }
        List<String> listed = new ArrayList<>();
        String pageToken = null;
        do {
            JsonNode page = json(fx.get("/v1/documents?page_size=2"
                    + (pageToken == null ? "" : "&page_token=" + pageToken), token).body());
            page.path("items").forEach(d -> listed.add(d.path("id").asText()));
            pageToken = page.path("next_page_token").isMissingNode() ? null : page.path("next_page_token").asText();
        } while (pageToken != null);
        List<String> newestFirst = new ArrayList<>(uploaded);
        java.util.Collections.reverse(newestFirst);
        assertThat(listed).isEqualTo(newestFirst);

        JsonNode kk = json(fx.get("/v1/documents?document_type=KK&status=UPLOADED&origin=UPLOADED", token).body());
        assertThat(kk.path("items")).hasSize(3);
        assertThat(json(fx.get("/v1/documents?document_type=KK&status=VERIFIED", token).body()).path("items"))
                .isEmpty();
        assertThat(fx.get("/v1/documents?status=LOST", token).statusCode()).isEqualTo(400);
        assertThat(fx.get("/v1/documents?page_token=forged.token", token).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("DOC-018: another citizen's document answers 404 on get, download and delete, and filters to empty pages")
    void crossCitizen() {
        String alice = fx.token(fx.citizen());
        String bob = fx.token(fx.citizen());
        String id = json(fx.upload(alice, "KTP_EL", VaultFixture.pdf(1000, 20), "application/pdf", "k.pdf").body())
                .path("id").asText();
        String unknown = "doc_01JD8Q3M5X4V2K7N9P0R6S1T8W";

        for (String doc : List.of(id, unknown)) {
            assertThat(fx.get("/v1/documents/" + doc, bob).statusCode()).isEqualTo(404);
            assertThat(fx.get("/v1/documents/" + doc + "/content", bob).statusCode()).isEqualTo(404);
            assertThat(fx.send("DELETE", "/v1/documents/" + doc, bob, null, "If-Match", "\"1\"").statusCode())
                    .isEqualTo(404);
            assertThat(json(fx.get("/v1/document-grants?document_id=" + doc, bob).body()).path("items")).isEmpty();
            assertThat(json(fx.get("/v1/document-access-log?document_id=" + doc, bob).body()).path("items"))
                    .isEmpty();
        }
        assertThat(json(fx.get("/v1/documents/" + unknown, bob).body()).path("detail").asText())
                .isEqualTo(json(fx.get("/v1/documents/" + unknown, alice).body()).path("detail").asText());
        assertThat(fx.get("/v1/documents/" + id, alice).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("DOC-032, DOC-033: each download by the citizen's app is logged with its client name; getDocument is not")
    void citizenDownloadsAreLogged() {
        String token = fx.token(fx.citizen());
        String id = json(fx.upload(token, "KTP_EL", VaultFixture.pdf(1000, 21), "application/pdf", "k.pdf").body())
                .path("id").asText();
        fx.get("/v1/documents/" + id, token);
        fx.get("/v1/documents/" + id + "/content", token);
        fx.get("/v1/documents/" + id + "/content", token, "Range", "bytes=0-9");
        fx.get("/v1/documents/" + id + "/content", token, "If-None-Match", "*");

        JsonNode log = json(fx.get("/v1/document-access-log?document_id=" + id, token).body());
        assertThat(log.path("items")).hasSize(2);
        for (JsonNode entry : log.path("items")) {
            assertThat(entry.path("action").asText()).isEqualTo("DOWNLOAD");
            assertThat(entry.path("actor").path("type").asText()).isEqualTo("CITIZEN");
            assertThat(entry.path("actor").path("client_name").asText()).isEqualTo("Demo web app");
            assertThat(entry.path("id").asText()).startsWith("dal_");
        }
    }

    @Test
    @DisplayName("DOC-025: deleteDocument without If-Match answers 428, with a stale ETag 412; the document stays")
    void deletePreconditions() {
        String token = fx.token(fx.citizen());
        String id = json(fx.upload(token, "KTP_EL", VaultFixture.pdf(1000, 22), "application/pdf", "k.pdf").body())
                .path("id").asText();
        assertThat(fx.send("DELETE", "/v1/documents/" + id, token, null).statusCode()).isEqualTo(428);
        assertThat(fx.send("DELETE", "/v1/documents/" + id, token, null, "If-Match", "\"7\"").statusCode())
                .isEqualTo(412);
        assertThat(fx.get("/v1/documents/" + id, token).statusCode()).isEqualTo(200);
        Set<String> seen = new HashSet<>();
        seen.add(id);
        assertThat(fx.send("DELETE", "/v1/documents/" + id, token, null, "If-Match", "\"1\"").statusCode())
                .isEqualTo(204);
        assertThat(fx.get("/v1/documents/" + id, token).statusCode()).isEqualTo(404);
        assertThat(fx.get("/v1/documents/" + id + "/content", token).statusCode()).isEqualTo(404);
    }
}
