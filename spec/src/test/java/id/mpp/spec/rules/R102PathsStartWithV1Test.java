package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R102PathsStartWithV1Test {

    private final Rule rule = new R102PathsStartWithV1();

    @Test
    void R102_everyPathStartsWithV1ExceptOpenIdDiscovery() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R102_reportsOtherBasePathsButNotDiscovery() {
        assertThat(violationsIn("fixtures/broken/r102.yaml", rule)).containsExactly(
                "path /v2/documents does not start with /v1/",
                "path /documents does not start with /v1/",
                "path /.well-known/jwks.json does not start with /v1/");
    }
}
