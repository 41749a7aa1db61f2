package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R604NikOnlyWhereAScopeGrantsItTest {

    private final Rule rule = new R604NikOnlyWhereAScopeGrantsIt();

    @Test
    void R604_nikAppearsOnlyWhereTheNikScopeTheOwnAccountOrRegistrationAllowsIt() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R604_reportsANikReachingOtherOperations() {
        String because = ", which neither requires the nik scope, nor is on /v1/me, nor is registration";
        assertThat(violationsIn("fixtures/broken/r604.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.Applicant.properties.nik: 'nik' reaches GET /v1/officer/applications/{application_id} "
                        + "(getApplicationForOfficer)" + because,
                "paths[/v1/services].get.responses.200.content[application/json].schema.properties.nik: 'nik' reaches "
                        + "GET /v1/services (listServices)" + because);
    }
}
