package id.mpp.spec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import java.util.List;

/** The assertions the rule tests share. */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    /** The contract breaks the rule nowhere; the failure lists every violation, one a line. */
    public static void assertFollows(ParsedContract contract, Rule rule) {
        List<String> violations = rule.check(contract);
        assertThat(violations)
                .withFailMessage(() -> contract.name() + " breaks " + rule.id() + " (STYLE.md) in " + violations.size()
                        + " place(s):\n  - " + String.join("\n  - ", violations))
                .isEmpty();
    }

    /** The violations the rule finds in a fixture. */
    public static List<String> violationsIn(String fixture, Rule rule) {
        return rule.check(ParsedContract.fixture(fixture));
    }
}
