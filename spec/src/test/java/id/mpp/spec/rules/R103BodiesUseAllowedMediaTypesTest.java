package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R103BodiesUseAllowedMediaTypesTest {

    private final Rule rule = new R103BodiesUseAllowedMediaTypes();

    @Test
    void R103_bodiesUseTheAllowedMediaTypesOnly() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R103_reportsOtherMediaTypesAndMergePatchOutsideAPatch() {
        assertThat(violationsIn("fixtures/broken/r103.yaml", rule)).containsExactlyInAnyOrder(
                "POST /v1/things request body uses text/plain, not allowed in a request body",
                "POST /v1/things request body uses application/merge-patch+json outside a PATCH",
                "POST /v1/things response 200 uses application/xml, not allowed in a response",
                "PATCH /v1/things/{thing_id} request body uses application/json: a PATCH sends application/merge-patch+json");
    }
}
