package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R306UnauthorizedCarriesWwwAuthenticateTest {

    private final Rule rule = new R306UnauthorizedCarriesWwwAuthenticate();

    @Test
    void R306_unauthorizedResponsesCarryWwwAuthenticate() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R306_reportsA401WithoutAChallenge() {
        assertThat(violationsIn("fixtures/broken/r305-r306.yaml", rule)).containsExactly(
                "GET /v1/others (listOthers) response 401 has no WWW-Authenticate header");
    }
}
