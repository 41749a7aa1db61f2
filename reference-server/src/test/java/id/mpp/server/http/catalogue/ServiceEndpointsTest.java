package id.mpp.server.http.catalogue;

import static id.mpp.server.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.server.http.Http;
import id.mpp.server.http.Problems;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listServices and getService over HTTP, against the 21 services seeded by migration V10. */
@MicronautTest
class ServiceEndpointsTest {

    private final EmbeddedServer server;
    private Http http;

    ServiceEndpointsTest(EmbeddedServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        http = new Http(server);
    }

    private JsonNode ok(String pathAndQuery, String... headers) {
        HttpResponse<String> response = http.get(pathAndQuery, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Problems.json(response.body());
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Every ID over all pages of {@code pathAndQuery} (which has a query already), following next_page_token. */
    private List<String> allPages(String pathAndQuery, int pageSize, String... headers) {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = ok(pathAndQuery + "&page_size=" + pageSize
                    + (token == null ? "" : "&page_token=" + q(token)), headers);
            assertThat(page.path("items").size()).isLessThanOrEqualTo(pageSize);
            seen.addAll(ids(page.path("items")));
            token = page.has("next_page_token") ? page.path("next_page_token").asText() : null;
        } while (token != null);
        return seen;
    }

    @Test
    @DisplayName("CAT-001, CAT-009: listServices answers without a token, only active services, by region then name")
    void listsActiveServicesWithoutToken() {
        HttpResponse<String> response = http.get("/v1/services?page_size=100");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("id");
        JsonNode items = Problems.json(response.body()).path("items");
        assertThat(items.size()).isEqualTo(20);
        items.forEach(item -> assertThat(item.path("active").asBoolean()).isTrue());
        List<String> regions = new ArrayList<>();
        items.forEach(item -> regions.add(item.path("region_code").asText()));
        assertThat(regions).isSorted();
        assertThat(ids(items)).doesNotContain("33-02-dpmptsp-siup");
        assertThat(ids(ok("/v1/services?active=false").path("items"))).containsExactly("33-02-dpmptsp-siup");
    }

    @Test
    @DisplayName("CAT-001, CAT-010, CAT-012: getService answers the contract's example service, complete")
    void getServiceAnswersTheContractExample() {
        JsonNode service = ok("/v1/services/33-02-disdukcapil-akta-kelahiran");

        assertThat(service.path("id").asText()).isEqualTo("33-02-disdukcapil-akta-kelahiran");
        assertThat(service.path("region_code").isTextual()).isTrue();
        assertThat(service.path("region_code").asText()).isEqualTo("33.02");
        assertThat(service.path("agency_id").asText()).isEqualTo("33-02-disdukcapil");
        assertThat(service.path("agency_name").asText())
                .isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas");
        assertThat(service.path("name").asText()).isEqualTo("Penerbitan Akta Kelahiran");
        assertThat(service.path("names").path("en").asText()).isEqualTo("Birth Certificate Issuance");
        assertThat(service.path("requirements").size()).isEqualTo(4);
        JsonNode ktp = service.path("requirements").get(2);
        assertThat(ktp.path("document_type").asText()).isEqualTo("KTP_EL");
        assertThat(ktp.path("name").asText()).isEqualTo("KTP-el");
        assertThat(ktp.path("required").asBoolean()).isTrue();
        assertThat(ktp.path("accepted_statuses").toString()).isEqualTo("[\"VERIFIED\"]");
        assertThat(ktp.path("note").asText()).startsWith("KTP-el harus sudah diverifikasi");
        assertThat(service.path("form_schema").path("type").asText()).isEqualTo("object");
        assertThat(service.path("form_schema").path("properties").path("jenis_kelamin").path("enum").toString())
                .isEqualTo("[\"LAKI_LAKI\",\"PEREMPUAN\"]");
        assertThat(service.path("form_schema").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(service.path("sla_working_days").asInt()).isEqualTo(3);
        assertThat(service.path("fee").path("amount").asLong()).isZero();
        assertThat(service.path("fee").path("currency").asText()).isEqualTo("IDR");
        assertThat(service.path("fee_kind").asText()).isEqualTo("FREE");
        assertThat(service.path("legal_basis").get(0).asText()).startsWith("UU 24/2013");
        assertThat(service.path("output").path("document_type").asText()).isEqualTo("AKTA_KELAHIRAN");
        assertThat(service.path("minimum_acr").asText()).isEqualTo("urn:mpp:acr:nik");
        assertThat(service.path("active").asBoolean()).isTrue();

        JsonNode agency = ok("/v1/agencies/" + service.path("agency_id").asText());
        assertThat(agency.path("region_code").asText()).isEqualTo(service.path("region_code").asText());
        assertThat(agency.path("name").asText()).isEqualTo(service.path("agency_name").asText());
    }

    @Test
    @DisplayName("CAT-009: getService answers a retired service; an unknown ID answers 404, a malformed one 400")
    void getServiceRetiredUnknownMalformed() {
        assertThat(ok("/v1/services/33-02-dpmptsp-siup").path("active").asBoolean()).isFalse();
        assertProblem(http.get("/v1/services/99-99-unknown"), 404, "not-found");
        JsonNode problem = assertProblem(http.get("/v1/services/Not_An_Id"), 400, "validation-error");
        assertThat(problem.path("errors").get(0).path("pointer").asText()).isEqualTo("#/path/service_id");
    }

    @Test
    @DisplayName("CAT-013: names and texts follow Accept-Language, names holds both, codes stay the same")
    void textsFollowTheLanguage() {
        HttpResponse<String> response = http.get("/v1/services/33-02-polresta-banyumas-skck", "Accept-Language", "en");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode english = Problems.json(response.body());
        JsonNode indonesian = ok("/v1/services/33-02-polresta-banyumas-skck");

        assertThat(english.path("name").asText()).isEqualTo("Police Clearance Certificate (SKCK)");
        assertThat(indonesian.path("name").asText())
                .isEqualTo("Penerbitan Surat Keterangan Catatan Kepolisian (SKCK)");
        assertThat(english.path("names")).isEqualTo(indonesian.path("names"));
        assertThat(english.path("agency_name").asText()).isEqualTo("Banyumas City Police");
        assertThat(english.path("requirements").get(1).path("name").asText()).isEqualTo("Family card (KK)");
        assertThat(indonesian.path("requirements").get(1).path("name").asText()).isEqualTo("Kartu Keluarga");
        assertThat(english.path("output").path("description").asText()).contains("six months");
        assertThat(english.path("form_schema")).isEqualTo(indonesian.path("form_schema"));
        assertThat(english.path("fee")).isEqualTo(indonesian.path("fee"));
        assertThat(english.path("fee_kind").asText()).isEqualTo("PNBP");
    }

    @Test
    @DisplayName("CAT-007: q finds every word, ignoring case and diacritics, in either language, ranked by relevance")
    void textSearch() {
        List<String> birth = ids(ok("/v1/services?q=" + q("akta kelahiran")).path("items"));
        assertThat(birth).containsExactly("33-02-disdukcapil-akta-kelahiran", "33-72-disdukcapil-akta-kelahiran",
                "34-71-disdukcapil-akta-kelahiran");
        assertThat(ids(ok("/v1/services?q=" + q("akta kelahiran"), "Accept-Language", "en").path("items")))
                .containsExactlyElementsOf(birth);
        assertThat(ids(ok("/v1/services?q=" + q("AKTÁ Kélahiran")).path("items"))).containsExactlyElementsOf(birth);
        assertThat(ids(ok("/v1/services?q=" + q("birth certificate")).path("items")))
                .containsExactlyElementsOf(birth);
        assertThat(ids(ok("/v1/services?q=" + q("akta kelahiran surakarta")).path("items")))
                .containsExactly("33-72-disdukcapil-akta-kelahiran");
        assertThat(ids(ok("/v1/services?q=" + q("kepolisian resor")).path("items")))
                .containsExactly("33-02-polresta-banyumas-skck");
        assertThat(ok("/v1/services?q=" + q("paspor")).path("items").size()).isZero();
        List<String> licences = ids(ok("/v1/services?q=" + q("izin praktik")).path("items"));
        assertThat(licences).containsExactly("33-02-dpmptsp-sip-bidan", "33-02-dpmptsp-sip-dokter",
                "33-02-dpmptsp-sip-perawat", "34-71-dpmptsp-sip-apoteker");
        List<String> skck = ids(ok("/v1/services?q=skck").path("items"));
        assertThat(skck.get(0)).isEqualTo("33-02-polresta-banyumas-skck");
    }

    @Test
    @DisplayName("CAT-008: region_code, agency_id and fee_kind filter, combined with each other and with q")
    void filters() {
        assertThat(ids(ok("/v1/services?region_code=33.72").path("items"))).hasSize(3)
                .allMatch(id -> id.startsWith("33-72-"));
        assertThat(ids(ok("/v1/services?agency_id=34-71-dpmptsp").path("items")))
                .containsExactlyInAnyOrder("34-71-dpmptsp-pbg", "34-71-dpmptsp-sip-apoteker");
        assertThat(ids(ok("/v1/services?fee_kind=RETRIBUSI&region_code=33.02").path("items")))
                .containsExactlyInAnyOrder("33-02-dpmptsp-pbg", "33-02-dinkes-surat-keterangan-sehat");
        assertThat(ids(ok("/v1/services?q=" + q("persetujuan bangunan") + "&region_code=34.71").path("items")))
                .containsExactly("34-71-dpmptsp-pbg");
        assertThat(ids(ok("/v1/services?q=" + q("akta") + "&agency_id=33-72-disdukcapil&fee_kind=FREE")
                .path("items"))).containsExactlyInAnyOrder("33-72-disdukcapil-akta-kelahiran",
                "33-72-disdukcapil-akta-kematian");
        assertThat(ok("/v1/services?fee_kind=PNBP&region_code=34.71").path("items").size()).isZero();
    }

    @Test
    @DisplayName("Pages, with and without q and in both languages, yield every service exactly once")
    void pagesCoverEverything() {
        List<String> all = ids(ok("/v1/services?page_size=100").path("items"));
        assertThat(allPages("/v1/services?active=true", 3)).containsExactlyElementsOf(all);
        List<String> allEnglish = ids(ok("/v1/services?page_size=100", "Accept-Language", "en").path("items"));
        assertThat(allPages("/v1/services?active=true", 7, "Accept-Language", "en"))
                .containsExactlyElementsOf(allEnglish);
        List<String> searched = ids(ok("/v1/services?page_size=100&q=penerbitan").path("items"));
        assertThat(searched.size()).isGreaterThan(5);
        assertThat(allPages("/v1/services?q=penerbitan", 2)).containsExactlyElementsOf(searched);
    }

    @Test
    @DisplayName("GEN-017: a page token is refused with other filters, another q, a forged one, or across modes")
    void pageTokensAreBound() {
        String token = ok("/v1/services?page_size=2").path("next_page_token").asText();
        assertProblem(http.get("/v1/services?page_size=2&region_code=33.02&page_token=" + q(token)), 400,
                "validation-error");
        assertProblem(http.get("/v1/services?page_size=2&q=akta&page_token=" + q(token)), 400, "validation-error");
        assertProblem(http.get("/v1/services?page_size=2&page_token=" + q(token), "Accept-Language", "en"), 400,
                "validation-error");
        JsonNode forged = assertProblem(http.get("/v1/services?page_size=2&page_token=abc.def"), 400,
                "validation-error");
        assertThat(forged.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
        String searchToken = ok("/v1/services?page_size=1&q=akta").path("next_page_token").asText();
        assertProblem(http.get("/v1/services?page_size=1&q=kelahiran&page_token=" + q(searchToken)), 400,
                "validation-error");
    }

    @Test
    @DisplayName("Bad query parameters answer 400 validation-error with their pointers, never 500")
    void badParameters() {
        assertThat(assertProblem(http.get("/v1/services?region_code=3302"), 400, "validation-error")
                .path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/region_code");
        assertThat(assertProblem(http.get("/v1/services?fee_kind=GRATIS"), 400, "validation-error")
                .path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/fee_kind");
        assertThat(assertProblem(http.get("/v1/services?q="), 400, "validation-error")
                .path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/q");
        assertThat(assertProblem(http.get("/v1/services?q=" + "a".repeat(101)), 400, "validation-error")
                .path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/q");
        assertProblem(http.get("/v1/services?page_size=0"), 400, "validation-error");
        assertProblem(http.get("/v1/services?active=maybe"), 400, "validation-error");
        assertThat(ok("/v1/services?q=" + q("---")).path("items").size()).isEqualTo(20);
    }
}
