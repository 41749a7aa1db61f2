package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R504AcceptLanguageEverywhereTest {

    private final Rule rule = new R504AcceptLanguageEverywhere();

    @Test
    void R504_everyOperationTakesAcceptLanguage() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R504_reportsAnOperationWithoutTheHeader() {
        assertThat(violationsIn("fixtures/broken/r503-r504.yaml", rule)).containsExactly(
                "POST /v1/things (createThing) does not take the Accept-Language header");
    }
}
