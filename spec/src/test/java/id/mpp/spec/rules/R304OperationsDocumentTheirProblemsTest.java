package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R304OperationsDocumentTheirProblemsTest {

    private final Rule rule = new R304OperationsDocumentTheirProblems();

    @Test
    void R304_everyOperationDocumentsTheProblemsItCanReturn() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R304_reportsEachMissingStatus() {
        assertThat(violationsIn("fixtures/broken/r304.yaml", rule)).containsExactlyInAnyOrder(
                "GET /v1/things (listThings) does not document 400, 403, 429",
                "PATCH /v1/things/{thing_id} (updateThing) does not document 400, 401, 403, 404, 412, 428, 429, 500");
    }
}
