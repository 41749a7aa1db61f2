package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NikValidatorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> KNOWN = Set.of("33.02", "33.71");
    private final NikValidator validator = new NikValidator(CLOCK, KNOWN::contains);

    @Test
    @DisplayName("ACC-002 a NIK of a known region with the stated birth date encoded has no flags")
    void aKnownRegionAndAgreeingBirthDateRaiseNoFlag() {
        NikAssessment assessment = validator.assess(Nik.parse("3302016708950003"), LocalDate.of(1995, 8, 27));
        assertThat(assessment.flags()).isEmpty();
        assertThat(assessment.needsRegistryVerification()).isFalse();
        assertThat(assessment.sex()).isEqualTo(Sex.FEMALE);
        assertThat(assessment.encodedBirthDate()).contains(LocalDate.of(1995, 8, 27));
    }

    @Test
    @DisplayName("ACC-002 a region code the deployment does not know is flagged UNKNOWN_REGION, not refused")
    void anUnknownRegionIsFlagged() {
        NikAssessment assessment = validator.assess(Nik.parse("3398011505880002"), LocalDate.of(1988, 5, 15));
        assertThat(assessment.flags()).containsExactly(NikFlag.UNKNOWN_REGION);
        assertThat(assessment.needsRegistryVerification()).isTrue();
    }

    @Test
    @DisplayName("ACC-002 a stated birth date that disagrees with the NIK is flagged BIRTH_DATE_MISMATCH, not refused")
    void aDisagreeingBirthDateIsFlagged() {
        NikAssessment assessment = validator.assess(Nik.parse("3302016708950003"), LocalDate.of(1995, 8, 28));
        assertThat(assessment.flags()).containsExactly(NikFlag.BIRTH_DATE_MISMATCH);
    }

    @Test
    @DisplayName("ACC-002 both flags are raised together when both apply")
    void bothFlagsTogether() {
        NikAssessment assessment = validator.assess(Nik.parse("3398011505880002"), LocalDate.of(1988, 5, 16));
        assertThat(assessment.flags())
                .containsExactlyInAnyOrder(NikFlag.UNKNOWN_REGION, NikFlag.BIRTH_DATE_MISMATCH);
    }

    @Test
    @DisplayName("ACC-002 a birth date a century apart agrees, since the century is not encoded")
    void aCenturyApartIsNotAMismatch() {
        NikAssessment assessment = validator.assess(Nik.parse("3302011511260001"), LocalDate.of(1926, 11, 15));
        assertThat(assessment.flags()).isEmpty();
        assertThat(assessment.encodedBirthDate()).contains(LocalDate.of(2026, 11, 15));
    }

    @Test
    @DisplayName("the reference date for the century comes from the injected clock")
    void theReferenceDateComesFromTheClock() {
        Clock earlier = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
        NikAssessment assessment = new NikValidator(earlier, KNOWN::contains)
                .assess(Nik.parse("3302011511260001"), null);
        assertThat(assessment.encodedBirthDate()).contains(LocalDate.of(1926, 11, 15));
        assertThat(assessment.flags()).isEmpty();
    }

    @Test
    @DisplayName("ACC-001 the validator reports structural defects")
    void theValidatorReportsDefects() {
        assertThat(validator.defectOf("3302013508950003")).contains(NikDefect.DAY_OUT_OF_RANGE);
        assertThat(validator.defectOf("3302016708950003")).isEmpty();
    }
}
