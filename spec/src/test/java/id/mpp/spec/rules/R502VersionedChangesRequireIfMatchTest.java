package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R502VersionedChangesRequireIfMatchTest {

    private final Rule rule = new R502VersionedChangesRequireIfMatch();

    @Test
    void R502_changesToVersionedResourcesRequireIfMatchAndTheirGetAnswersETag() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R502_reportsUnguardedChangesOptionalIfMatchAndResourcesWithoutETag() {
        assertThat(violationsIn("fixtures/broken/r502.yaml", rule)).containsExactlyInAnyOrder(
                "PATCH /v1/documents/{document_id} (updateDocument) does not take If-Match (a PATCH changes an existing resource)",
                "DELETE /v1/documents/{document_id} (deleteDocument) does not take If-Match, yet /v1/documents/{document_id} has a version (an ETag or a PATCH)",
                "POST /v1/documents/{document_id}/verification (verifyDocument) changes the item /v1/documents/{document_id} (it answers the item) but does not take If-Match",
                "DELETE /v1/applications/{application_id} (deleteApplication) does not take If-Match, yet /v1/applications/{application_id} has a version (an ETag or a PATCH)",
                "POST /v1/applications/{application_id}/cancel (cancelApplication): If-Match is not required: true",
                "POST /v1/applications/{application_id}/cancel (cancelApplication) takes If-Match but does not document 412",
                "POST /v1/applications/{application_id}/cancel (cancelApplication) takes If-Match but does not document 428",
                "POST /v1/webhooks/{webhook_id}/test (testWebhook) takes If-Match but /v1/webhooks/{webhook_id} has no GET to read its ETag from");
    }
}
