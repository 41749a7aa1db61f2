package id.mpp.conformance.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a whole run, with the verdict of each requirement the suite's tests cite.
 *
 * @param suiteVersion this suite's version
 * @param contractVersion the contract version the suite checks
 * @param baseUrl the implementation's base URL
 * @param results each test's outcome, in run order
 * @param durationMillis how long the run took
 */
public record SuiteResult(String suiteVersion, String contractVersion, String baseUrl, List<TestResult> results,
        long durationMillis) {

    /** True when every required test passed: the exit code is then 0. */
    public boolean requiredPassed() {
        return results.stream().noneMatch(r -> r.required() && r.verdict() == Verdict.FAILED);
    }

    /** How many tests ended with this verdict. */
    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** Per requirement ID: failed when a citing test failed, passed when one passed, otherwise not tested. */
    public Map<String, Verdict> requirementVerdicts() {
        Map<String, Verdict> verdicts = new TreeMap<>();
        for (TestResult r : results) {
            for (String id : r.test().requirements()) {
                Verdict current = verdicts.getOrDefault(id, Verdict.NOT_TESTED);
                verdicts.put(id, combine(current, r.verdict()));
            }
        }
        verdicts.put(SuiteRunner.CONTRACT_REQUIREMENT, contractVerdict());
        return verdicts;
    }

    /** GEN-022, which the runner checks on every exchange: failed when any response broke the contract. */
    private Verdict contractVerdict() {
        boolean anyExchange = results.stream().anyMatch(r -> !r.exchanges().isEmpty());
        boolean anyViolation = results.stream().flatMap(r -> r.exchanges().stream()).anyMatch(e -> !e.violations().isEmpty());
        return anyViolation ? Verdict.FAILED : anyExchange ? Verdict.PASSED : Verdict.NOT_TESTED;
    }

    /** The names of the tests that failed, in run order. */
    public List<String> failedTests() {
        List<String> names = new ArrayList<>();
        results.stream().filter(r -> r.verdict() == Verdict.FAILED).forEach(r -> names.add(r.test().name()));
        return names;
    }

    /** The tests citing each requirement ID. */
    public Map<String, List<String>> testsByRequirement() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        results.forEach(r -> r.test().requirements().forEach(id ->
                map.computeIfAbsent(id, k -> new ArrayList<>()).add(r.test().name())));
        map.put(SuiteRunner.CONTRACT_REQUIREMENT, List.of("every exchange of every test"));
        return map;
    }

    private static Verdict combine(Verdict a, Verdict b) {
        if (a == Verdict.FAILED || b == Verdict.FAILED) {
            return Verdict.FAILED;
        }
        return a == Verdict.PASSED || b == Verdict.PASSED ? Verdict.PASSED : Verdict.NOT_TESTED;
    }
}
