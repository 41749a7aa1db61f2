package id.mpp.conformance.coverage;

import id.mpp.conformance.run.RequirementCatalogue;
import id.mpp.conformance.tests.TestPlan;
import java.util.List;

/** Prints, during the build, the required requirement IDs that no conformance test cites yet. */
public final class CoverageMain {

    private CoverageMain() {
    }

    /** Prints the listing; never fails the build (most tests arrive with the reference server). */
    public static void main(String[] args) {
        RequirementCatalogue catalogue = RequirementCatalogue.bundled();
        List<String> uncited = RequirementCoverage.uncitedRequired(catalogue, TestPlan.ALL);
        long required = catalogue.all().stream().filter(e -> e.isMust() && "core".equals(e.capability())).count();
        System.out.printf("Conformance coverage: %d of %d required (core MUST) requirements cited; %d without a test:%n",
                required - uncited.size(), required, uncited.size());
        System.out.println("  " + String.join(" ", uncited));
    }
}
