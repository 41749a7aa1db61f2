package id.mpp.conformance.tests;

import static id.mpp.conformance.api.Problems.assertProblem;
import static id.mpp.conformance.api.Problems.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.RunsAlone;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;

/** The public SKM satisfaction index of services and agencies. */
@Profile("applications")
public class SatisfactionTests {

    @Requirement({"SKM-012", "SKM-009"})
    public void aServicesSatisfactionIsPublicAndHidesSmallSamples(TestContext ctx) {
        String service = Applications.services(ctx).get(0).path("id").asText();
        Exchange e = ctx.http().get("/v1/services/" + service + "/satisfaction?from_date=2026-01-01&to_date=2026-12-31");
        assertThat(e.status()).as("status without a token: %s", e.responseBody()).isEqualTo(200);
        JsonNode s = e.json();
        int min = s.path("minimum_respondents").asInt(5);
        assertThat(min).as("minimum_respondents").isGreaterThanOrEqualTo(5);
        if (s.path("respondents").asInt() < min) {
            assertThat(s.has("ikm")).as("ikm below the minimum").isFalse();
            assertThat(s.has("ikm_index")).isFalse();
            assertThat(s.has("grade")).isFalse();
            assertThat(s.has("elements")).isFalse();
        }
        assertThat(e.responseBody()).as("no comment").doesNotContain("\"comment\"");
    }

    @Requirement({"SKM-012"})
    public void anAgencysSatisfactionIsPublicAndUnknownOnesAnswer404(TestContext ctx) {
        String agency = ctx.config().accounts().get("officer_a").agencyId();
        assertThat(ctx.http().get("/v1/agencies/" + agency + "/satisfaction?from_date=2026-01-01&to_date=2026-12-31")
                .status()).isEqualTo(200);
        assertProblem(ctx.http().get("/v1/agencies/33-02-konformansi/satisfaction?from_date=2026-01-01&to_date=2026-12-31"),
                404, "not-found");
        assertProblem(ctx.http().get("/v1/services/33-02-konformansi/satisfaction?from_date=2026-01-01&to_date=2026-12-31"),
                404, "not-found");
    }

    @Requirement({"SKM-010"})
    public void aPeriodNotOfWholeMonthsAnswers400(TestContext ctx) {
        String service = Applications.services(ctx).get(0).path("id").asText();
        assertThat(pointers(assertProblem(ctx.http().get("/v1/services/" + service
                + "/satisfaction?from_date=2026-01-02&to_date=2026-12-31"), 400, "validation-error")))
                .contains("#/query/from_date");
        assertThat(pointers(assertProblem(ctx.http().get("/v1/services/" + service
                + "/satisfaction?from_date=2026-01-01&to_date=2026-12-30"), 400, "validation-error")))
                .contains("#/query/to_date");
        assertThat(pointers(assertProblem(ctx.http().get("/v1/services/" + service
                + "/satisfaction?from_date=2026-06-01&to_date=2026-03-31"), 400, "validation-error")))
                .contains("#/query/to_date");
    }

    @Requirement({"SKM-011"})
    @RunsAlone // other tests answer surveys of the same agency while its services are summed
    public void anAgencysRespondentsAreTheSumOfItsServices(TestContext ctx) {
        String agency = ctx.config().accounts().get("officer_a").agencyId();
        String period = "?from_date=2026-01-01&to_date=2026-12-31";
        int sum = 0;
        for (JsonNode s : Applications.services(ctx)) {
            if (agency.equals(s.path("agency_id").asText())) {
                sum += ctx.http().get("/v1/services/" + s.path("id").asText() + "/satisfaction" + period).json()
                        .path("respondents").asInt();
            }
        }
        assertThat(ctx.http().get("/v1/agencies/" + agency + "/satisfaction" + period).json().path("respondents").asInt())
                .isEqualTo(sum);
    }
}
