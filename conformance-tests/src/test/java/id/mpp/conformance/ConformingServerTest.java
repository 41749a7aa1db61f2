package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConformingServerTest {

    @Test
    void everyTestPassesAgainstAServerThatFollowsTheContract() {
        SuiteResult result = FakeRuns.run(Set.of());

        assertThat(result.results()).filteredOn(r -> r.verdict() == Verdict.FAILED)
                .extracting(r -> r.test().name() + ": " + r.message()).isEmpty();
        assertThat(result.results()).extracting(TestResult::verdict).containsOnly(Verdict.PASSED);
        assertThat(result.requiredPassed()).isTrue();
        assertThat(result.requirementVerdicts()).containsEntry("GEN-022", Verdict.PASSED).doesNotContainValue(Verdict.FAILED);
    }
}
