package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R104InstantsAndDatesAreNamedForTheirFormatTest {

    private final Rule rule = new R104InstantsAndDatesAreNamedForTheirFormat();

    @Test
    void R104_instantsEndInAtAndDatesInDate() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R104_reportsMisnamedInstantsAndDatesAndNonUtcExamples() {
        assertThat(violationsIn("fixtures/broken/r104.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.Thing.properties.created: date-time property 'created' is not named *_at",
                "components.schemas.Thing.properties.birthday: date property 'birthday' is not named *_date",
                "components.schemas.Thing.properties.updated_at: property 'updated_at' is named *_at but is not format date-time",
                "components.schemas.Thing.properties.due_date: date-time property 'due_date' is not named *_at",
                "components.schemas.Thing.properties.local_at.example: date-time example '2026-01-01T07:00:00+07:00' is not in UTC (ending in Z)");
    }
}
