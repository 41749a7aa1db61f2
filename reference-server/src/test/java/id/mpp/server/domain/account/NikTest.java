package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {
    /** The contract's example: Siti Rahmawati, a woman born 27 August 1995, registered in 33.02.01. */
    private static final String SITI = "3302016708950003";

    @Test
    @DisplayName("ACC-001 a NIK with 16 digits, a possible day and month and a serial above 0000 is accepted")
    void theContractsExampleIsAStructurallyValidNik() {
        assertThat(Nik.defectOf(SITI)).isEmpty();
        assertThat(Nik.parse(SITI).digits()).isEqualTo(SITI);
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "330201670895000, NOT_16_DIGITS",
        "33020167089500031, NOT_16_DIGITS",
        "33020167089500a3, NOT_16_DIGITS",
        "'3302016708950003 ', NOT_16_DIGITS",
        "３３０２016708950003, NOT_16_DIGITS",
        "3302012700950003, MONTH_OUT_OF_RANGE",
        "3302012713950003, MONTH_OUT_OF_RANGE",
        "3302010008950003, DAY_OUT_OF_RANGE",
        "3302013208950003, DAY_OUT_OF_RANGE",
        "3302014008950003, DAY_OUT_OF_RANGE",
        "3302017208950003, DAY_OUT_OF_RANGE",
        "3302019908950003, DAY_OUT_OF_RANGE",
        "3302016708950000, SERIAL_ZERO"
    })
    @DisplayName("ACC-001 a structurally impossible NIK is refused with the rule it breaks")
    void aStructurallyImpossibleNikIsRefused(String raw, NikDefect expected) {
        assertThat(Nik.defectOf(raw)).contains(expected);
        assertThatThrownBy(() -> Nik.parse(raw))
                .isInstanceOf(InvalidNikException.class)
                .satisfies(e -> assertThat(((InvalidNikException) e).defect()).isEqualTo(expected))
                .message().doesNotContain(raw.strip());
    }

    @Test
    @DisplayName("ACC-001 a missing NIK is refused as not 16 digits")
    void aMissingNikIsRefused() {
        assertThat(Nik.defectOf(null)).contains(NikDefect.NOT_16_DIGITS);
    }

    @ParameterizedTest(name = "day {0} is possible")
    @ValueSource(strings = {"01", "31", "41", "71"})
    @DisplayName("ACC-001 the edges of the possible days, 01 to 31 and 41 to 71, are accepted")
    void theEdgesOfThePossibleDaysAreAccepted(String day) {
        assertThat(Nik.defectOf("330201" + day + "12950001")).isEmpty();
    }

    @Test
    @DisplayName("ACC-010 the masked NIK keeps the first four and the last two digits with ten stars between")
    void theMaskedNikKeepsFourAndTwoDigits() {
        assertThat(Nik.parse(SITI).masked()).isEqualTo("3302**********03").matches("^[0-9]{4}\\*{10}[0-9]{2}$");
    }

    @Test
    @DisplayName("toString never shows the full NIK")
    void toStringNeverShowsTheFullNik() {
        Nik nik = Nik.parse(SITI);
        assertThat(nik.toString()).isEqualTo("3302**********03").doesNotContain(SITI);
        assertThat("logged: " + nik).doesNotContain("016708950");
    }

    @Test
    @DisplayName("the province, regency and district codes are read in Kemendagri form")
    void theRegionCodesAreDecoded() {
        Nik nik = Nik.parse(SITI);
        assertThat(nik.provinceCode()).isEqualTo("33");
        assertThat(nik.regionCode()).isEqualTo("33.02");
        assertThat(nik.districtCode()).isEqualTo("33.02.01");
    }

    @Test
    @DisplayName("a day above 40 is a woman's, and 40 is taken off her birth day")
    void aDayAboveFortyIsAWoman() {
        Nik nik = Nik.parse(SITI);
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDay()).isEqualTo(27);
        assertThat(nik.birthMonth()).isEqualTo(8);
        assertThat(nik.birthYearOfCentury()).isEqualTo(95);
        assertThat(nik.serial()).isEqualTo(3);
    }

    @Test
    @DisplayName("a day up to 31 is a man's, and is his birth day as it is")
    void aDayUpToThirtyOneIsAMan() {
        Nik nik = Nik.parse("3171011505880002");
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthDay()).isEqualTo(15);
    }

    @Test
    @DisplayName("the century is the latest in which the encoded date is not after the reference date")
    void theCenturyIsTheLatestNotInTheFuture() {
        Nik nik = Nik.parse("3302011511260001");
        assertThat(nik.birthDate(LocalDate.of(2026, 11, 29))).contains(LocalDate.of(2026, 11, 15));
        assertThat(nik.birthDate(LocalDate.of(2026, 11, 14))).contains(LocalDate.of(1926, 11, 15));
        assertThat(nik.birthDate(LocalDate.of(2025, 12, 31))).contains(LocalDate.of(1926, 11, 15));
        assertThat(Nik.parse(SITI).birthDate(LocalDate.of(2026, 11, 29))).contains(LocalDate.of(1995, 8, 27));
        assertThat(Nik.parse("3302010101000001").birthDate(LocalDate.of(2026, 1, 1)))
                .contains(LocalDate.of(2000, 1, 1));
    }

    @Test
    @DisplayName("ACC-001 a day that does not exist in its month is not refused, but has no decoded birth date")
    void aDayThatDoesNotExistInItsMonthHasNoBirthDate() {
        assertThat(Nik.defectOf("3302013102950001")).isEmpty();
        assertThat(Nik.parse("3302013102950001").birthDate(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("a stated birth date agrees when day, month and two-digit year match, whatever the century")
    void aStatedBirthDateAgreesModuloTheCentury() {
        Nik nik = Nik.parse(SITI);
        assertThat(nik.birthDateAgreesWith(LocalDate.of(1995, 8, 27))).isTrue();
        assertThat(nik.birthDateAgreesWith(LocalDate.of(1895, 8, 27))).isTrue();
        assertThat(nik.birthDateAgreesWith(LocalDate.of(1995, 8, 28))).isFalse();
        assertThat(nik.birthDateAgreesWith(LocalDate.of(1995, 9, 27))).isFalse();
        assertThat(nik.birthDateAgreesWith(LocalDate.of(1996, 8, 27))).isFalse();
    }

    @Test
    @DisplayName("two NIKs are equal when their digits are")
    void twoNiksAreEqualWhenTheirDigitsAre() {
        assertThat(Nik.parse(SITI)).isEqualTo(Nik.parse(SITI)).hasSameHashCodeAs(Nik.parse(SITI));
        assertThat(Nik.parse(SITI)).isNotEqualTo(Nik.parse("3302016708950004"));
    }
}
