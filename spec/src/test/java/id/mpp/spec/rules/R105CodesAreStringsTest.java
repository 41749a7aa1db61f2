package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R105CodesAreStringsTest {

    private final Rule rule = new R105CodesAreStrings();

    @Test
    void R105_codesAreStrings() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R105_reportsCodesThatAreNumbersOrUntyped() {
        assertThat(violationsIn("fixtures/broken/r105.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.Region.properties.district_code: code property 'district_code' is type number, not a string",
                "components.schemas.Region.properties.nik: code property 'nik' is type integer, not a string",
                "components.schemas.Region.properties.npwp: code property 'npwp' is untyped, not a string",
                "GET /v1/regions: code parameter 'province_code' is type integer, not a string");
    }
}
