package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The public service catalogue: regions, agencies and services, read without signing in. */
@Profile("catalogue")
public class CatalogueTests {

    private static final Set<String> TIME_ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

    @Requirement({"CAT-001"})
    public void everyCatalogueReadAnswers200WithoutAToken(TestContext ctx) {
        JsonNode agencies = ok(ctx.http().get("/v1/agencies"));
        JsonNode services = ok(ctx.http().get("/v1/services"));
        String region = ok(ctx.http().get("/v1/regions")).path("items").path(0).path("code").asText();
        ok(ctx.http().get("/v1/regions/" + region));
        if (agencies.path("items").size() > 0) {
            ok(ctx.http().get("/v1/agencies/" + encode(agencies.path("items").path(0).path("id").asText())));
        }
        if (services.path("items").size() > 0) {
            ok(ctx.http().get("/v1/services/" + encode(services.path("items").path(0).path("id").asText())));
        }
    }

    @Requirement({"CAT-002"})
    public void regionCodesAreStringsThatKeepTheirLeadingZeros(TestContext ctx) {
        for (JsonNode region : ok(ctx.http().get("/v1/regions?page_size=100")).path("items")) {
            JsonNode code = region.path("code");
            assertThat(code.isTextual()).as("Region.code %s is a JSON string", code).isTrue();
            assertThat(code.asText()).as("Region.code").matches("^[0-9]{2}\\.[0-9]{2}$");
            assertThat(region.path("province_code").asText()).as("province_code of %s", code)
                    .isEqualTo(code.asText().substring(0, 2));
            boolean city = Integer.parseInt(code.asText().substring(3)) >= 71;
            assertThat(region.path("kind").asText()).as("kind of %s", code).isEqualTo(city ? "KOTA" : "KABUPATEN");
        }
    }

    @Requirement({"CAT-003"})
    public void everyRegionCarriesItsCodeEditionAndTimeZone(TestContext ctx) {
        for (JsonNode region : ok(ctx.http().get("/v1/regions?page_size=100")).path("items")) {
            assertThat(region.path("code_edition").asText()).as("code_edition of %s", region.path("code")).isNotBlank();
            assertThat(region.path("time_zone").asText()).as("time_zone of %s", region.path("code")).isIn(TIME_ZONES);
        }
    }

    @Requirement({"CAT-004"})
    public void anUnservedRegionAnswers404(TestContext ctx) {
        assertProblem(ctx.http().get("/v1/regions/99.99"), 404, "not-found");
    }

    @Requirement({"CAT-004", "GEN-006"})
    public void aMalformedRegionCodeAnswers400WithPointer(TestContext ctx) {
        JsonNode problem = assertProblem(ctx.http().get("/v1/regions/3302"), 400, "validation-error");
        assertThat(pointers(problem)).contains("#/path/region_code");
    }

    @Requirement({"CAT-005"})
    public void regionsAreOrderedByCodeAndFilteredByProvince(TestContext ctx) {
        List<String> codes = new ArrayList<>();
        ok(ctx.http().get("/v1/regions?page_size=100")).path("items").forEach(r -> codes.add(r.path("code").asText()));
        assertThat(codes).as("regions ordered by code").isSorted();
        assertThat(codes).as("the deployment serves at least one region").isNotEmpty();
        String province = codes.get(0).substring(0, 2);
        List<String> filtered = new ArrayList<>();
        ok(ctx.http().get("/v1/regions?page_size=100&province_code=" + province)).path("items")
                .forEach(r -> filtered.add(r.path("code").asText()));
        assertThat(filtered).as("regions of province %s", province).isNotEmpty().allMatch(c -> c.startsWith(province + "."));
        assertThat(filtered).containsExactlyElementsOf(codes.stream().filter(c -> c.startsWith(province + ".")).toList());
    }

    @Requirement({"CAT-006"})
    public void aListedAgencyIsAnsweredWithTheSameContent(TestContext ctx) {
        JsonNode first = ok(ctx.http().get("/v1/agencies")).path("items").path(0);
        assertThat(first.isObject()).as("at least one agency is listed").isTrue();
        JsonNode single = ok(ctx.http().get("/v1/agencies/" + encode(first.path("id").asText())));
        assertThat(single).as("getAgency of a listed agency").isEqualTo(first);
    }

    @Requirement({"CAT-006"})
    public void anUnknownAgencyAnswers404(TestContext ctx) {
        assertProblem(ctx.http().get("/v1/agencies/no-such-agency-conformance"), 404, "not-found");
    }

    @Requirement({"CAT-009"})
    public void servicesAreListedOnlyWhenActiveAndUnknownOnesAnswer404(TestContext ctx) {
        ok(ctx.http().get("/v1/services")).path("items").forEach(s ->
                assertThat(s.path("active").asBoolean(false)).as("active of listed service %s", s.path("id")).isTrue());
        assertProblem(ctx.http().get("/v1/services/no-such-service-conformance"), 404, "not-found");
    }

    @Requirement({"CAT-010"})
    public void everyListedServiceIsComplete(TestContext ctx) {
        for (JsonNode s : ok(ctx.http().get("/v1/services")).path("items")) {
            String id = s.path("id").asText();
            assertThat(s.path("sla_working_days").asInt(0)).as("sla_working_days of %s", id).isGreaterThanOrEqualTo(1);
            assertThat(s.path("legal_basis").size()).as("legal_basis of %s", id).isGreaterThanOrEqualTo(1);
            boolean free = "FREE".equals(s.path("fee_kind").asText());
            assertThat(s.path("fee").path("amount").asLong(-1) == 0).as("fee.amount is 0 exactly when %s is FREE", id)
                    .isEqualTo(free);
        }
    }

    @Requirement({"CAT-012"})
    public void everyServiceNamesAnAgencyOfItsRegionByItsName(TestContext ctx) {
        for (JsonNode s : ok(ctx.http().get("/v1/services")).path("items")) {
            JsonNode agency = ok(ctx.http().get("/v1/agencies/" + encode(s.path("agency_id").asText())));
            assertThat(agency.path("region_code").asText()).as("region_code of the agency of %s", s.path("id"))
                    .isEqualTo(s.path("region_code").asText());
            assertThat(s.path("agency_name").asText()).as("agency_name of %s", s.path("id"))
                    .isEqualTo(agency.path("name").asText());
        }
    }

    private static JsonNode ok(Exchange e) {
        assertThat(e.status()).as("status of %s %s without a token", e.method(), e.url()).isEqualTo(200);
        return e.json();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
