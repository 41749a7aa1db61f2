package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R204OperationIdsAreUniqueLowerCamelCaseVerbsTest {

    private final Rule rule = new R204OperationIdsAreUniqueLowerCamelCaseVerbs();

    @Test
    void R204_operationIdsAreUniqueLowerCamelCaseAndStartWithAVerb() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R204_reportsDuplicatesOtherCasesAndNounsFirst() {
        assertThat(violationsIn("fixtures/broken/r204.yaml", rule)).containsExactlyInAnyOrder(
                "POST /v1/a (documentUpload): operationId 'documentUpload' does not start with a verb of rules/verbs.txt",
                "PUT /v1/a (listDocuments): operationId 'listDocuments' is also used by GET /v1/a (listDocuments)",
                "GET /v1/b (Get_document): operationId 'Get_document' is not lowerCamelCase",
                "GET /v1/b (Get_document): operationId 'Get_document' does not start with a verb of rules/verbs.txt");
    }
}
