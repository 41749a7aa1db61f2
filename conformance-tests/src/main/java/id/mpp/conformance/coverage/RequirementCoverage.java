package id.mpp.conformance.coverage;

import id.mpp.conformance.run.RequirementCatalogue;
import id.mpp.conformance.run.SuiteRunner;
import id.mpp.conformance.run.TestCase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which required requirements (MUST, capability core) no test of the suite cites yet. */
public final class RequirementCoverage {

    private RequirementCoverage() {
    }

    /** The IDs the tests of these classes cite, with GEN-022, which the runner checks on every exchange. */
    public static Set<String> cited(List<Class<?>> testClasses) {
        Set<String> ids = new HashSet<>();
        ids.add(SuiteRunner.CONTRACT_REQUIREMENT);
        SuiteRunner.discover(testClasses).stream().map(TestCase::requirements).forEach(ids::addAll);
        return ids;
    }

    /** The core MUST requirement IDs of the catalogue that no test cites, sorted. */
    public static List<String> uncitedRequired(RequirementCatalogue catalogue, List<Class<?>> testClasses) {
        Set<String> cited = cited(testClasses);
        return catalogue.all().stream()
                .filter(e -> e.isMust() && "core".equals(e.capability()))
                .map(RequirementCatalogue.Entry::id)
                .filter(id -> !cited.contains(id))
                .sorted()
                .toList();
    }
}
