package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R704OperationsPromiseRequirementsTest {

    private final Rule rule = new R704OperationsPromiseRequirements();

    @Test
    void R704_everyOperationPromisesARequirementOfTheCatalogue() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R704_reportsOperationsWithoutRequirementsAndUnknownOrUnlinkedIds() {
        ParsedContract contract = ParsedContract.fixture("fixtures/broken/r704.yaml", "fixtures/broken/r704-requirements.yaml");
        assertThat(rule.check(contract)).containsExactlyInAnyOrder(
                "POST /v1/a (createA) promises no requirement (x-mpp-requirements is empty)",
                "PUT /v1/a (replaceA) promises no requirement (x-mpp-requirements is empty)",
                "DELETE /v1/a (deleteA) lists DOC-404, which the requirement catalogue does not define",
                "DELETE /v1/a (deleteA) lists DOC-001, which does not name deleteA");
    }
}
