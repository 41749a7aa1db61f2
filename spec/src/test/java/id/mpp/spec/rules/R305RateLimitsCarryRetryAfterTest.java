package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R305RateLimitsCarryRetryAfterTest {

    private final Rule rule = new R305RateLimitsCarryRetryAfter();

    @Test
    void R305_rateLimitsAndUnavailabilityCarryRetryAfter() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R305_reportsAMissingOrNonIntegerRetryAfter() {
        assertThat(violationsIn("fixtures/broken/r305-r306.yaml", rule)).containsExactlyInAnyOrder(
                "GET /v1/things (listThings) response 503 has no Retry-After header",
                "GET /v1/others (listOthers) response 429: Retry-After is not an integer (seconds)");
    }
}
