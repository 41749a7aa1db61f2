package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R205SchemaNamesAreUpperCamelCaseTest {

    private final Rule rule = new R205SchemaNamesAreUpperCamelCase();

    @Test
    void R205_componentSchemaNamesAreUpperCamelCase() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R205_reportsSnakeLowerCamelAndHyphenatedNames() {
        assertThat(violationsIn("fixtures/broken/r205.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.document_type: schema name is not UpperCamelCase",
                "components.schemas.documentType: schema name is not UpperCamelCase",
                "components.schemas.Document-Grant: schema name is not UpperCamelCase");
    }
}
