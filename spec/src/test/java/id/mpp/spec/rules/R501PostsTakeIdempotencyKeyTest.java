package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R501PostsTakeIdempotencyKeyTest {

    private final Rule rule = new R501PostsTakeIdempotencyKey();

    @Test
    void R501_everyPostTakesAnIdempotencyKey() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R501_reportsAPostWithoutTheHeaderButNotTheOAuthEndpoint() {
        assertThat(violationsIn("fixtures/broken/r501.yaml", rule)).containsExactly(
                "POST /v1/others (createOther) does not take the Idempotency-Key header");
    }
}
