package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.coverage.RequirementCoverage;
import id.mpp.conformance.run.RequirementCatalogue;
import id.mpp.conformance.tests.TestPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementCoverageTest {

    private final RequirementCatalogue catalogue = RequirementCatalogue.bundled();

    @Test
    void theListingNamesRequiredRequirementsNoTestCites() {
        List<String> uncited = RequirementCoverage.uncitedRequired(catalogue, TestPlan.ALL);

        assertThat(uncited).isNotEmpty().doesNotContain("GEN-003", "CAT-001", "SSO-003").isSorted();
        assertThat(uncited).allSatisfy(id -> assertThat(catalogue.find(id).orElseThrow().capability()).isEqualTo("core"));
        assertThat(uncited).doesNotContain("SSO-051").doesNotContain("GEN-024");
    }

    @Test
    void everyCitedRequirementIsInTheCatalogue() {
        assertThat(RequirementCoverage.cited(TestPlan.ALL)).isNotEmpty()
                .allSatisfy(id -> assertThat(catalogue.find(id)).as(id).isPresent());
    }
}
