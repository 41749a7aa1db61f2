package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulatedPopulationRegistryTest {
    private static final Nik SITI = Nik.parse("3302016708950003");
    private static final LocalDate BORN = LocalDate.of(1995, 8, 27);

    @Test
    @DisplayName("ACC-040 a valid NIK whose encoded birth date matches the stated one answers MATCH")
    void anAgreeingBirthDateMatches() {
        assertThat(SimulatedPopulationRegistry.matchingByBirthDate().check(SITI, "Siti Rahmawati", BORN))
                .isEqualTo(RegistryAnswer.match());
    }

    @Test
    @DisplayName("ACC-041 a birth date that disagrees with the NIK answers MISMATCH with BIRTH_DATE_MISMATCH")
    void aDisagreeingBirthDateMismatches() {
        RegistryAnswer answer = SimulatedPopulationRegistry.matchingByBirthDate()
                .check(SITI, "Siti Rahmawati", BORN.plusDays(1));
        assertThat(answer.outcome()).isEqualTo(RegistryOutcome.MISMATCH);
        assertThat(answer.failureReason()).isEqualTo(NikFailureReason.BIRTH_DATE_MISMATCH);
    }

    @Test
    @DisplayName("ACC-041 a NIK configured as not found answers NOT_FOUND, failing with NIK_NOT_FOUND")
    void aConfiguredNikIsNotFound() {
        PopulationRegistry registry = SimulatedPopulationRegistry.builder().notFound("3302016708950003").build();
        RegistryAnswer answer = registry.check(SITI, "Siti Rahmawati", BORN);
        assertThat(answer).isEqualTo(RegistryAnswer.notFound());
        assertThat(answer.failureReason()).isEqualTo(NikFailureReason.NIK_NOT_FOUND);
    }

    @Test
    @DisplayName("ACC-042 a NIK configured as unreachable answers UNAVAILABLE")
    void aConfiguredNikIsUnavailable() {
        PopulationRegistry registry = SimulatedPopulationRegistry.builder().unavailable("3302016708950003").build();
        assertThat(registry.check(SITI, "Siti Rahmawati", BORN)).isEqualTo(RegistryAnswer.unavailable());
    }

    @Test
    @DisplayName("a NIK configured as inactive answers MISMATCH with NIK_INACTIVE")
    void aConfiguredNikIsInactive() {
        PopulationRegistry registry = SimulatedPopulationRegistry.builder().inactive("3302016708950003").build();
        assertThat(registry.check(SITI, "Siti Rahmawati", BORN))
                .isEqualTo(RegistryAnswer.mismatch(NikFailureReason.NIK_INACTIVE));
    }

    @Test
    @DisplayName("a registered name is compared without regard to case, spacing and punctuation")
    void aRegisteredNameIsComparedLoosely() {
        PopulationRegistry registry = SimulatedPopulationRegistry.builder()
                .registeredName("3302016708950003", "SITI RAHMAWATI").build();
        assertThat(registry.check(SITI, "siti  rahmawati.", BORN)).isEqualTo(RegistryAnswer.match());
        assertThat(registry.check(SITI, "Siti Rahmawan", BORN))
                .isEqualTo(RegistryAnswer.mismatch(NikFailureReason.NAME_MISMATCH));
    }

    @Test
    @DisplayName("the simulator is deterministic: the same question always gets the same answer")
    void theSimulatorIsDeterministic() {
        PopulationRegistry registry = SimulatedPopulationRegistry.matchingByBirthDate();
        for (int i = 0; i < 20; i++) {
            assertThat(registry.check(SITI, "Siti Rahmawati", BORN)).isEqualTo(RegistryAnswer.match());
        }
    }

    @Test
    @DisplayName("an answer keeps its reason only for a mismatch")
    void answersAreConsistent() {
        assertThat(RegistryAnswer.match().failureReason()).isNull();
        assertThat(RegistryAnswer.unavailable().failureReason()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RegistryAnswer(RegistryOutcome.MATCH, NikFailureReason.NAME_MISMATCH))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RegistryAnswer.mismatch(NikFailureReason.NIK_NOT_FOUND))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
