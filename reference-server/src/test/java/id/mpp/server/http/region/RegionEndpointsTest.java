package id.mpp.server.http.region;

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

/** listRegions and getRegion over HTTP, against the seeded 21 pilot regions. */
@MicronautTest
class RegionEndpointsTest {

    private final EmbeddedServer server;
    private Http http;

    RegionEndpointsTest(EmbeddedServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        http = new Http(server);
    }

    @Test
    @DisplayName("CAT-001, CAT-005: listRegions answers without a token, the first 20 regions ordered by code")
    void listRegionsAnswersFirstPageWithoutToken() {
        HttpResponse<String> response = http.get("/v1/regions");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("id");
        JsonNode page = Problems.json(response.body());
        List<String> codes = page.path("items").findValuesAsText("code");
        assertThat(codes).hasSize(20).isSorted().startsWith("11.71", "13.75", "16.05");
        assertThat(page.path("next_page_token").asText()).isNotBlank();
    }

    @Test
    @DisplayName("GEN-016: following next_page_token yields every region exactly once")
    void followingPagesYieldsEveryRegionOnce() {
        List<String> codes = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String query = "/v1/regions?page_size=5" + (token == null ? "" : "&page_token=" + encode(token));
            JsonNode page = Problems.json(http.get(query).body());
            assertThat(page.path("items").size()).isLessThanOrEqualTo(5);
            codes.addAll(page.path("items").findValuesAsText("code"));
            token = page.hasNonNull("next_page_token") ? page.path("next_page_token").asText() : null;
            pages++;
        } while (token != null && pages < 10);

        assertThat(codes).hasSize(21).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isEqualTo(5);
    }

    @Test
    @DisplayName("GEN-016: a page that holds the rest of the list has no next_page_token")
    void lastPageHasNoNextToken() {
        JsonNode page = Problems.json(http.get("/v1/regions?page_size=100").body());

        assertThat(page.path("items")).hasSize(21);
        assertThat(page.has("next_page_token")).isFalse();
    }

    @Test
    @DisplayName("CAT-002, CAT-003: every region has a string code PP.KK, its province prefix, kind by KK, edition and zone")
    void everyRegionFollowsTheCodeRules() {
        JsonNode items = Problems.json(http.get("/v1/regions?page_size=100").body()).path("items");

        assertThat(items).hasSize(21);
        for (JsonNode region : items) {
            String code = region.path("code").asText();
            assertThat(region.path("code").isTextual()).isTrue();
            assertThat(code).matches("^[0-9]{2}\\.[0-9]{2}$");
            assertThat(region.path("province_code").asText()).isEqualTo(code.substring(0, 2));
            boolean kota = Integer.parseInt(code.substring(3)) >= 71;
            assertThat(region.path("kind").asText()).isEqualTo(kota ? "KOTA" : "KABUPATEN");
            assertThat(region.path("name").asText()).startsWith(kota ? "Kota " : "Kabupaten ");
            assertThat(region.path("code_edition").asText()).isEqualTo("Kepmendagri No. 300.2.2-2138 Tahun 2025");
            assertThat(region.path("time_zone").asText()).matches("^Asia/(Jakarta|Makassar|Jayapura)$");
        }
    }

    @Test
    @DisplayName("CAT-002: a code with a leading zero stays a string with its zero")
    void leadingZeroIsKept() {
        JsonNode region = Problems.json(http.get("/v1/regions/16.05").body());

        assertThat(region.path("code").isTextual()).isTrue();
        assertThat(region.path("code").asText()).isEqualTo("16.05");
        assertThat(region.path("name").asText()).isEqualTo("Kabupaten Musi Rawas");
    }

    @Test
    @DisplayName("CAT-005: province_code and kind together answer only the regions matching both")
    void filtersCombine() {
        JsonNode items = Problems.json(http.get("/v1/regions?province_code=33&kind=KOTA").body()).path("items");

        assertThat(items.findValuesAsText("code")).containsExactly("33.71", "33.72");
    }

    @Test
    @DisplayName("CAT-005: the kind filter alone answers only regencies")
    void kindFilterAlone() {
        JsonNode items = Problems.json(http.get("/v1/regions?kind=KABUPATEN&page_size=100").body()).path("items");

        assertThat(items).hasSize(10);
        assertThat(items.findValuesAsText("kind")).containsOnly("KABUPATEN");
    }

    @Test
    @DisplayName("CAT-003: getRegion answers the region with its decree edition and time zone")
    void getRegionAnswersRegion() {
        HttpResponse<String> response = http.get("/v1/regions/34.71");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode region = Problems.json(response.body());
        assertThat(region.path("name").asText()).isEqualTo("Kota Yogyakarta");
        assertThat(region.path("province_name").asText()).isEqualTo("DI Yogyakarta");
        assertThat(region.path("time_zone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(region.path("code_edition").asText()).isEqualTo("Kepmendagri No. 300.2.2-2138 Tahun 2025");
    }

    @Test
    @DisplayName("CAT-003: a region of Kalimantan Timur reckons its dates in WITA")
    void samarindaIsInWita() {
        JsonNode region = Problems.json(http.get("/v1/regions/64.72").body());

        assertThat(region.path("time_zone").asText()).isEqualTo("Asia/Makassar");
    }

    @Test
    @DisplayName("CAT-004: getRegion with a well-formed code that is not served answers 404 not-found")
    void unservedRegionAnswersNotFound() {
        assertProblem(http.get("/v1/regions/99.99"), 404, "not-found");
    }

    @Test
    @DisplayName("GEN-017: a page_token used with other filters answers 400 at #/query/page_token")
    void pageTokenWithOtherFiltersIsRefused() {
        String token = Problems.json(http.get("/v1/regions?page_size=2").body()).path("next_page_token").asText();

        JsonNode body = assertProblem(http.get("/v1/regions?page_size=2&kind=KOTA&page_token=" + encode(token)),
                400, "validation-error");

        assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
    }

    @Test
    @DisplayName("GEN-017: a page_token the server did not issue answers 400 at #/query/page_token")
    void forgedPageTokenIsRefused() {
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("33.14".getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";

        for (String token : List.of(forged, "not-a-token", "eyJhZnRlciI6IjMzLjE0In0")) {
            JsonNode body = assertProblem(http.get("/v1/regions?page_token=" + encode(token)), 400,
                    "validation-error");
            assertThat(body.path("errors").get(0).path("pointer").asText()).isEqualTo("#/query/page_token");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
