package id.mpp.server.http.agency;

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
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listAgencies and getAgency over HTTP, against the nine agencies seeded by migration V6. */
@MicronautTest
class AgencyEndpointsTest {

    private static final List<String> ALL_IN_INDONESIAN_ORDER = List.of(
            "33-02-bpjs-kesehatan", "33-02-disdukcapil", "33-02-dinkes", "33-02-dpmptsp",
            "33-02-polresta-banyumas", "33-72-disdukcapil", "34-71-disdukcapil", "34-71-dpmptsp",
            "34-71-kantor-imigrasi");

    private final EmbeddedServer server;
    private Http http;

    AgencyEndpointsTest(EmbeddedServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        http = new Http(server);
    }

    @Test
    @DisplayName("CAT-001: listAgencies answers without a token, ordered by region, then name, then ID")
    void listAgenciesAnswersWithoutToken() {
        HttpResponse<String> response = http.get("/v1/agencies");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("id");
        JsonNode page = Problems.json(response.body());
        assertThat(ids(page.path("items"))).containsExactlyElementsOf(ALL_IN_INDONESIAN_ORDER);
        assertThat(page.has("next_page_token")).isFalse();
    }

    @Test
    @DisplayName("CAT-001: getAgency answers without a token, the demo agency as in the contract's example")
    void getAgencyAnswersTheContractExample() {
        HttpResponse<String> response = http.get("/v1/agencies/33-02-disdukcapil");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode agency = Problems.json(response.body());
        assertThat(agency.path("id").asText()).isEqualTo("33-02-disdukcapil");
        assertThat(agency.path("name").asText())
                .isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyumas");
        assertThat(agency.path("short_name").asText()).isEqualTo("Disdukcapil Banyumas");
        assertThat(agency.path("kind").asText()).isEqualTo("REGIONAL");
        assertThat(agency.has("parent_organization")).isFalse();
        assertThat(agency.path("address").path("street").asText())
                .isEqualTo("Jl. Kabupaten No. 1, Kelurahan Sokanegara");
        assertThat(agency.path("address").path("district").asText()).isEqualTo("Purwokerto Timur");
        assertThat(agency.path("address").path("city").asText()).isEqualTo("Purwokerto");
        assertThat(agency.path("address").path("postal_code").asText()).isEqualTo("53115");
        assertThat(agency.path("counter").asText())
                .isEqualTo("Mal Pelayanan Publik Kabupaten Banyumas, lantai 1, loket 1 sampai 4");
        assertThat(agency.path("contact").path("email").asText()).isEqualTo("dindukcapil@banyumaskab.go.id");
        assertThat(agency.path("contact").path("phone").asText()).isEqualTo("+62281636511");
        assertThat(agency.path("contact").path("website").asText())
                .isEqualTo("https://dindukcapil.banyumaskab.go.id");
        assertThat(agency.path("opening_hours").asText())
                .isEqualTo("Senin sampai Kamis 08.00-15.00 WIB, Jumat 08.00-11.00 WIB");
        assertThat(agency.path("active").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("CAT-002: every agency's region_code is a PP.KK string with its leading digits")
    void regionCodesAreStrings() {
        JsonNode items = Problems.json(http.get("/v1/agencies").body()).path("items");

        for (JsonNode agency : items) {
            assertThat(agency.path("region_code").isTextual()).isTrue();
            assertThat(agency.path("region_code").asText()).matches("^[0-9]{2}\\.[0-9]{2}$");
            assertThat(agency.path("id").asText()).startsWith(agency.path("region_code").asText().replace('.', '-'));
        }
    }

    @Test
    @DisplayName("CAT-006: region_code and kind together answer only the agencies matching both")
    void filtersCombine() {
        JsonNode items = Problems.json(http.get("/v1/agencies?region_code=33.02&kind=NATIONAL").body())
                .path("items");

        assertThat(ids(items)).containsExactly("33-02-bpjs-kesehatan", "33-02-polresta-banyumas");
        assertThat(items.get(1).path("parent_organization").asText())
                .isEqualTo("Kepolisian Negara Republik Indonesia");
    }

    @Test
    @DisplayName("CAT-006: each filter alone answers only the agencies matching it")
    void filtersAlone() {
        JsonNode yogyakarta = Problems.json(http.get("/v1/agencies?region_code=34.71").body()).path("items");
        JsonNode regional = Problems.json(http.get("/v1/agencies?kind=REGIONAL").body()).path("items");
        JsonNode none = Problems.json(http.get("/v1/agencies?region_code=11.71").body()).path("items");

        assertThat(ids(yogyakarta))
                .containsExactly("34-71-disdukcapil", "34-71-dpmptsp", "34-71-kantor-imigrasi");
        assertThat(regional).hasSize(6);
        assertThat(regional.findValuesAsText("kind")).containsOnly("REGIONAL");
        assertThat(none).isEmpty();
    }

    @Test
    @DisplayName("CAT-006: every listed agency, regional or national, is answered by getAgency with the same content")
    void listedAgenciesAreAnsweredByGetAgency() {
        for (String language : List.of("id", "en")) {
            JsonNode items = Problems.json(http.get("/v1/agencies", "Accept-Language", language).body())
                    .path("items");
            assertThat(items).hasSize(9);
            for (JsonNode listed : items) {
                HttpResponse<String> response = http.get("/v1/agencies/" + listed.path("id").asText(),
                        "Accept-Language", language);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(Problems.json(response.body())).isEqualTo(listed);
            }
        }
    }

    @Test
    @DisplayName("CAT-006: getAgency with an unknown agency_id answers 404 not-found")
    void unknownAgencyAnswersNotFound() {
        JsonNode body = assertProblem(http.get("/v1/agencies/99-99-disdukcapil"), 404, "not-found");

        assertThat(body.path("detail").asText()).contains("99-99-disdukcapil");
    }

    @Test
    @DisplayName("GEN-006: getAgency with an agency_id that breaks its pattern answers 400 at #/path/agency_id")
    void malformedAgencyIdIsRefused() {
        JsonNode body = assertProblem(http.get("/v1/agencies/Disdukcapil_Banyumas"), 400, "validation-error");

        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/path/agency_id");
    }

    @Test
    @DisplayName("CAT-013: names follow Accept-Language, names holds both languages, IDs stay the same")
    void namesFollowTheLanguage() {
        HttpResponse<String> response = http.get("/v1/agencies/33-02-polresta-banyumas", "Accept-Language", "en");

        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode agency = Problems.json(response.body());
        assertThat(agency.path("id").asText()).isEqualTo("33-02-polresta-banyumas");
        assertThat(agency.path("name").asText()).isEqualTo("Banyumas City Police");
        assertThat(agency.path("names").path("id").asText()).isEqualTo("Kepolisian Resor Kota Banyumas");
        assertThat(agency.path("names").path("en").asText()).isEqualTo("Banyumas City Police");
        assertThat(agency.path("opening_hours").asText()).isEqualTo("Monday to Friday 08.00-14.00 WIB");
    }

    @Test
    @DisplayName("CAT-013: in English the agencies of a region are ordered by their English names")
    void englishListIsOrderedByEnglishName() {
        JsonNode items = Problems.json(http.get("/v1/agencies?region_code=34.71", "Accept-Language", "en").body())
                .path("items");

        assertThat(items.findValuesAsText("name")).containsExactly(
                "Investment and One-Stop Integrated Services Office of Yogyakarta City",
                "Population and Civil Registration Office of Yogyakarta City",
                "Yogyakarta Class I Immigration Office");
    }

    @Test
    @DisplayName("GEN-016: following next_page_token yields every agency exactly once, in order, in both languages")
    void followingPagesYieldsEveryAgencyOnce() {
        for (String language : List.of("id", "en")) {
            List<String> ids = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String query = "/v1/agencies?page_size=2" + (token == null ? "" : "&page_token=" + encode(token));
                JsonNode page = Problems.json(http.get(query, "Accept-Language", language).body());
                assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
                ids.addAll(ids(page.path("items")));
                token = page.hasNonNull("next_page_token") ? page.path("next_page_token").asText() : null;
                pages++;
            } while (token != null && pages < 10);

            assertThat(ids).hasSize(9).doesNotHaveDuplicates();
            assertThat(pages).isEqualTo(5);
            if (language.equals("id")) {
                assertThat(ids).containsExactlyElementsOf(ALL_IN_INDONESIAN_ORDER);
            }
        }
    }

    @Test
    @DisplayName("GEN-016: without page_size a page holds at most 20 agencies; outside 1 to 100 answers 400")
    void pageSizeBounds() {
        assertThat(Problems.json(http.get("/v1/agencies?page_size=1").body()).path("items")).hasSize(1);
        assertThat(Problems.json(http.get("/v1/agencies?page_size=100").body()).path("items")).hasSize(9);
        for (String size : List.of("0", "101")) {
            JsonNode body = assertProblem(http.get("/v1/agencies?page_size=" + size), 400, "validation-error");
            assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_size");
        }
    }

    @Test
    @DisplayName("GEN-017: a page_token used with other filters or another language answers 400 at #/query/page_token")
    void pageTokenWithOtherFiltersIsRefused() {
        String token = Problems.json(http.get("/v1/agencies?page_size=2").body()).path("next_page_token").asText();

        for (String query : List.of("/v1/agencies?page_size=2&kind=REGIONAL&page_token=",
                "/v1/agencies?page_size=2&region_code=33.02&page_token=")) {
            JsonNode body = assertProblem(http.get(query + encode(token)), 400, "validation-error");
            assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
        }
        JsonNode body = assertProblem(http.get("/v1/agencies?page_size=2&page_token=" + encode(token),
                "Accept-Language", "en"), 400, "validation-error");
        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
    }

    @Test
    @DisplayName("GEN-017: a page_token the server did not issue answers 400 at #/query/page_token")
    void forgedPageTokenIsRefused() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("33.02\nDinas Kesehatan Kabupaten Banyumas\n33-02-dinkes"
                        .getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
        String regionToken = Problems.json(http.get("/v1/regions?page_size=2").body())
                .path("next_page_token").asText();

        for (String token : List.of(forged, "not-a-token", regionToken)) {
            JsonNode body = assertProblem(http.get("/v1/agencies?page_token=" + encode(token)), 400,
                    "validation-error");
            assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
        }
    }

    /** The top-level IDs of a list's items ({@code findValuesAsText} would also find {@code names.id}). */
    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
