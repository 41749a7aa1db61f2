package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R202NamesAreSnakeCaseAndHeadersTitleCaseTest {

    private final Rule rule = new R202NamesAreSnakeCaseAndHeadersTitleCase();

    @Test
    void R202_propertiesAndQueryParametersAreSnakeCaseAndHeadersTitleCase() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R202_reportsOtherSpellingsOutsideWhatAStandardSpells() {
        assertThat(violationsIn("fixtures/broken/r202.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.Thing.properties.createdAt: property 'createdAt' is not snake_case",
                "components.schemas.Thing.properties.nested.properties.Bad_Name: property 'Bad_Name' is not snake_case",
                "components.schemas.Unused.properties.camelCase: property 'camelCase' is not snake_case",
                "GET /v1/things (listThings): query parameter 'pageSize' is not snake_case",
                "GET /v1/things (listThings): header parameter 'x-trace' is not Hyphenated-Title-Case",
                "GET /v1/things (listThings) response 200: header 'x-rate-limit' is not Hyphenated-Title-Case");
    }

    @Test
    void R202_exemptsWhatOnlyAStandardOperationReachesButNotWhatOthersShare() {
        assertThat(violationsIn("fixtures/broken/r202.yaml", rule))
                .noneMatch(v -> v.contains("grantType") || v.contains("jwtValue") || v.contains("keyOps") || v.contains("clientId"))
                .noneMatch(v -> v.contains("cache-control"))
                .anyMatch(v -> v.contains("createdAt"));
    }
}
