package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R203EnumValuesAreUpperSnakeCaseTest {

    private final Rule rule = new R203EnumValuesAreUpperSnakeCase();

    @Test
    void R203_enumValuesAreUpperSnakeCase() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R203_reportsOtherSpellingsExceptAStandardsOwnValues() {
        assertThat(violationsIn("fixtures/broken/r203.yaml", rule)).containsExactlyInAnyOrder(
                "paths[/v1/things].get.parameters.0.schema: enum value 'closed' is not UPPER_SNAKE_CASE",
                "components.schemas.Status: enum value 'needsRevision' is not UPPER_SNAKE_CASE",
                "components.schemas.Status: enum value 'Approved' is not UPPER_SNAKE_CASE",
                "components.schemas.Status: enum value '1ST' is not UPPER_SNAKE_CASE",
                "components.schemas.Holder.properties.channel: enum value 'mobile-app' is not UPPER_SNAKE_CASE");
    }
}
