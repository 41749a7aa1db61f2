package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R403FiltersAreOptionalAndNamedForTheirPropertyTest {

    private final Rule rule = new R403FiltersAreOptionalAndNamedForTheirProperty();

    @Test
    void R403_filtersAreOptionalAndNamedForTheProperty() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R403_reportsRequiredQueryParametersAndFiltersNamedForNoProperty() {
        assertThat(violationsIn("fixtures/broken/r403.yaml", rule)).containsExactlyInAnyOrder(
                "GET /v1/applications (listApplications): filter 'state' is not named for a property of the items "
                        + "(known: status, submitted_at, service, service_id, region_code)",
                "GET /v1/applications (listApplications): query parameter 'region_code' is required; filters are optional",
                "GET /v1/regions/{region_code} (getRegion): query parameter 'edition' is required; filters are optional");
    }
}
