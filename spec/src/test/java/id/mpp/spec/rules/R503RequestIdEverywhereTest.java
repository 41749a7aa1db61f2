package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R503RequestIdEverywhereTest {

    private final Rule rule = new R503RequestIdEverywhere();

    @Test
    void R503_everyOperationTakesAndEveryResponseCarriesXRequestId() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R503_reportsOperationsAndResponsesWithoutIt() {
        assertThat(violationsIn("fixtures/broken/r503-r504.yaml", rule)).containsExactlyInAnyOrder(
                "components.responses.InternalError (as 500) does not carry X-Request-Id",
                "POST /v1/things (createThing) does not take the X-Request-Id header",
                "POST /v1/things (createThing) response 201 does not carry X-Request-Id");
    }
}
