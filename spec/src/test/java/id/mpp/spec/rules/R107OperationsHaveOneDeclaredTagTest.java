package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R107OperationsHaveOneDeclaredTagTest {

    private final Rule rule = new R107OperationsHaveOneDeclaredTag();

    @Test
    void R107_everyOperationHasExactlyOneDeclaredTag() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R107_reportsMissingExtraUndeclaredAndUndescribedTags() {
        assertThat(violationsIn("fixtures/broken/r107.yaml", rule)).containsExactlyInAnyOrder(
                "POST /v1/a (createA) has 0 tags, not exactly one",
                "GET /v1/b (getB) has 2 tags, not exactly one",
                "GET /v1/b (getB) uses the tag 'Bare', declared without a description",
                "POST /v1/b (createB) uses the undeclared tag 'Undeclared'");
    }
}
