package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R701OperationsAreDocumentedTest {

    private final Rule rule = new R701OperationsAreDocumented();

    @Test
    void R701_everyOperationHasAnIdAShortSummaryAndADescription() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R701_reportsMissingIdsLongOrFullStoppedSummariesAndBlankDescriptions() {
        assertThat(violationsIn("fixtures/broken/r701.yaml", rule)).containsExactlyInAnyOrder(
                "POST /v1/a has no operationId",
                "POST /v1/a: summary ends with a full stop",
                "POST /v1/a has no description",
                "PUT /v1/a (replaceA): summary has 90 characters, more than 80",
                "DELETE /v1/a (deleteA) has no summary");
    }
}
