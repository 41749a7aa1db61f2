package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;

import id.mpp.spec.support.ParsedContract;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No rule check flags good design: each finds nothing in a small contract that follows every rule. */
class EveryRuleAcceptsAValidContractTest {

    static final ParsedContract VALID = ParsedContract.fixture("fixtures/valid/contract.yaml", "fixtures/valid/requirements.yaml");

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void findsNothingInAValidContract(Rule rule) {
        assertFollows(VALID, rule);
    }
}
