package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R703SchemasAreDescribedTest {

    private final Rule rule = new R703SchemasAreDescribed();

    @Test
    void R703_everyComponentSchemaHasADescription() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R703_reportsMissingAndBlankDescriptions() {
        assertThat(violationsIn("fixtures/broken/r703.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.Blank has no description",
                "components.schemas.Missing has no description",
                "components.schemas.Alias has no description");
    }
}
