package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R101ContractIsSelfContainedOpenApi303Test {

    private final Rule rule = new R101ContractIsSelfContainedOpenApi303();

    @Test
    void R101_theBundleIsOneSelfContainedOpenApi303Document() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R101_reportsAnotherVersionExternalReferencesAndDanglingOnes() {
        assertThat(violationsIn("fixtures/broken/r101.yaml", rule))
                .anySatisfy(v -> assertThat(v).contains("openapi is '3.1.0'"))
                .anySatisfy(v -> assertThat(v).contains("external $ref 'other.yaml#/components/schemas/Thing'"))
                .anySatisfy(v -> assertThat(v).contains("externalValue"))
                .anySatisfy(v -> assertThat(v).contains("'#/components/responses/Missing' points at nothing"));
    }

    @Test
    void R101_reportsWhatSwaggerParserSays() {
        assertThat(violationsIn("fixtures/broken/r101-unreadable.yaml", rule))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).startsWith("swagger-parser: "));
    }
}
