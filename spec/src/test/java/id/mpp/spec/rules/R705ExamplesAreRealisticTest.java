package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R705ExamplesAreRealisticTest {

    private static final String MADE_UP = "paths[/v1/regions/{region_code}].get.responses.200.content[application/json].examples.made-up.value at ";

    private final Rule rule = new R705ExamplesAreRealistic();

    @Test
    void R705_niksPassTheStructuralCheckAndRegionCodesArePilotRegions() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R705_reportsImpossibleNiksAndCodesOutsideThePilotRegions() {
        assertThat(violationsIn("fixtures/broken/r705.yaml", rule)).containsExactlyInAnyOrder(
                "paths[/v1/regions/{region_code}].get.parameters.0.example: region code '31.71' is not one of the 21 pilot regions",
                MADE_UP + "/nik: NIK '1234567890123456' has the birth day 78 (01 to 31, or 41 to 71)",
                MADE_UP + "/mother_nik: NIK '3302013213700001' has the birth day 32 (01 to 31, or 41 to 71)",
                MADE_UP + "/father_nik: NIK '3302010101700000' has the serial 0000",
                MADE_UP + "/region_code: region code '3302' is not PP.KK",
                MADE_UP + "/province_code: province code '3' is not PP",
                MADE_UP + "/district_code: district code '31.71.01' is not inside one of the 21 pilot regions",
                MADE_UP + "/village_code: village code '33.02.01' is not PP.KK.CC.DDDD",
                MADE_UP + "/home/id: region code '32.73' is not one of the 21 pilot regions",
                MADE_UP + "/note/nik: NIK '33020167089500' is not 16 digits",
                "components.schemas.Nik.example: NIK '3302014005950003' has the birth day 40 (01 to 31, or 41 to 71)");
    }

    @Test
    void R705_theNikCheckFollowsTheDomainNotes() {
        assertThat(Nik.problem("3302016708950003")).isNull();
        assertThat(Nik.problem("3302017112990001")).isNull();
        assertThat(Nik.problem("3302010000990001")).contains("birth day 00");
        assertThat(Nik.problem("3302017200990001")).contains("birth day 72");
        assertThat(Nik.problem("3302010113990001")).contains("birth month 13");
        assertThat(Nik.problem("3302010100990001")).contains("birth month 00");
        assertThat(Nik.problem("33020101019900011")).contains("16 digits");
        assertThat(Nik.problem("330201010199000A")).contains("16 digits");
    }
}
