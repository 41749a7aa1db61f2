package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R201PathSegmentsAreKebabCaseTest {

    private final Rule rule = new R201PathSegmentsAreKebabCase();

    @Test
    void R201_pathSegmentsAreKebabCase() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R201_reportsCamelSnakeAndUpperCaseSegmentsAndPartialParameters() {
        assertThat(violationsIn("fixtures/broken/r201.yaml", rule)).containsExactlyInAnyOrder(
                "path /v1/documentTypes: segment 'documentTypes' is not lower-case kebab-case",
                "path /v1/document_types/{documentTypeCode}: segment 'document_types' is not lower-case kebab-case",
                "path /v1/document_types/{documentTypeCode}: parameter segment '{documentTypeCode}' is not a whole {snake_case} segment",
                "path /v1/applications/{application_id}:cancel: parameter segment '{application_id}:cancel' is not a whole {snake_case} segment",
                "path /v1/Files/{file_id}.pdf: segment 'Files' is not lower-case kebab-case",
                "path /v1/Files/{file_id}.pdf: parameter segment '{file_id}.pdf' is not a whole {snake_case} segment");
    }
}
