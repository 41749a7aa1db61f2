package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class R303ValidationErrorsListEveryInputTest {

    private final Rule rule = new R303ValidationErrorsListEveryInput();

    @Test
    void R303_validationErrorsListEachInputWithPointerCodeAndMessage() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R303_reportsEmptyOrIncompleteErrorsAndPointersToParametersTheOperationLacks() {
        List<String> violations = violationsIn("fixtures/broken/r303.yaml", rule);
        assertThat(violations).hasSize(6);
        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("examples.empty.value: a validation-error without a non-empty 'errors'"))
                .anySatisfy(v -> assertThat(v).contains("examples.none.value: a validation-error without a non-empty 'errors'"))
                .anySatisfy(v -> assertThat(v).contains("examples.incomplete.value: errors/0 has no code"))
                .anySatisfy(v -> assertThat(v).contains("examples.incomplete.value: errors/0 has no message"))
                .anySatisfy(v -> assertThat(v).contains("examples.incomplete.value: errors/0: pointer 'status' is not #/..."))
                .anySatisfy(v -> assertThat(v).contains("examples.unknown-parameter.value: errors/0: pointer '#/query/colour' names no query parameter"))
                .noneSatisfy(v -> assertThat(v).contains("examples.good"))
                .noneSatisfy(v -> assertThat(v).contains("examples.malformed"));
    }
}
