package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.config.ConfigLoader;
import id.mpp.conformance.run.ProgressListener;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.SuiteRunner;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunnerTiersTest {

    @Test
    void aTestOfAnUndeclaredCapabilityIsNotTestedRatherThanFailed() {
        SuiteResult result = run(Set.of());

        TestResult jwt = result(result, "needsPrivateKeyJwt");
        assertThat(jwt.verdict()).isEqualTo(Verdict.NOT_TESTED);
        assertThat(jwt.message()).isEqualTo("capability private-key-jwt not declared");
        assertThat(result.requirementVerdicts()).containsEntry("SSO-051", Verdict.NOT_TESTED);
    }

    @Test
    void aFailedShouldTestIsOptionalAndLeavesTheExitCodeAlone() {
        SuiteResult result = run(Set.of());

        TestResult should = result(result, "failsAShould");
        assertThat(should.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(should.required()).isFalse();
        assertThat(result.requiredPassed()).isTrue();
        assertThat(result.requirementVerdicts()).containsEntry("GEN-024", Verdict.FAILED).containsEntry("GEN-013", Verdict.PASSED);
    }

    @Test
    void aProfileNotSelectedIsNotTested() {
        SuiteResult result = run(Set.of("catalogue"));

        assertThat(result.results()).extracting(TestResult::verdict).containsOnly(Verdict.NOT_TESTED);
    }

    @Test
    void progressIsReportedWithARunningCount() {
        StringBuilder seen = new StringBuilder();
        new SuiteRunner(FakeRuns.config(), Set.of(), new ProgressListener() {
            @Override
            public void started(int index, int total, id.mpp.conformance.run.TestCase test) {
                seen.append(index).append('/').append(total).append(' ');
            }
        }).run(List.of(Sample.class));

        assertThat(seen.toString()).isEqualTo("1/3 2/3 3/3 ");
    }

    private static SuiteResult run(Set<String> profiles) {
        String coreOnly = FakeRunsText.vendorYaml().replace("[introspection, rp-initiated-logout, private-key-jwt]", "[]");
        return new SuiteRunner(ConfigLoader.parse(coreOnly, URI.create("http://localhost:9")), profiles,
                ProgressListener.NONE).run(List.of(Sample.class));
    }

    private static TestResult result(SuiteResult result, String method) {
        return result.results().stream().filter(r -> r.test().method().getName().equals(method)).findFirst().orElseThrow();
    }

    /** Tests that make no HTTP call, to exercise the runner alone. */
    @Profile("sso")
    public static class Sample {

        @Requirement({"GEN-013"})
        public void passes(TestContext ctx) {
        }

        @Requirement({"GEN-024"})
        public void failsAShould(TestContext ctx) {
            throw new AssertionError("ignored an unknown property badly");
        }

        @Requirement({"SSO-051"})
        public void needsPrivateKeyJwt(TestContext ctx) {
            throw new AssertionError("never runs");
        }
    }
}
