package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R601SecurityIsExplicitTest {

    private final Rule rule = new R601SecurityIsExplicit();

    @Test
    void R601_everyOperationStatesItsSecurity() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R601_reportsAnOperationWithoutSecurityAndOneWhoseSecurityIsNoList() {
        assertThat(violationsIn("fixtures/broken/r601-r602.yaml", rule)).containsExactlyInAnyOrder(
                "GET /v1/services (listServices) does not state its security (write security: [] when it is public)",
                "GET /v1/odd (getOdd): security is not a list");
    }
}
