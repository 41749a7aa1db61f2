package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R301ErrorsAreProblemsTest {

    private final Rule rule = new R301ErrorsAreProblems();

    @Test
    void R301_everyErrorResponseOffersAProblem() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R301_reportsErrorsThatAreNoProblemsAndAnOAuthErrorWithoutTheProblemMembers() {
        String withProblem = " does not offer application/problem+json with Problem (or a schema extending it through allOf)";
        assertThat(violationsIn("fixtures/broken/r301.yaml", rule)).containsExactlyInAnyOrder(
                "GET /v1/things (listThings) response 409" + withProblem,
                "GET /v1/things (listThings) response 500" + withProblem,
                "GET /v1/things (listThings) response default" + withProblem,
                "POST /v1/sso/token (exchangeToken) response 503" + withProblem + ", nor application/json with OAuthError",
                "components.schemas.OAuthError lacks the Problem member 'title'",
                "components.schemas.OAuthError lacks the Problem member 'status'");
    }
}
