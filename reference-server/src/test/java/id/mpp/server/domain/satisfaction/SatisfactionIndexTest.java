package id.mpp.server.domain.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IKM arithmetic of PermenPANRB 14/2017 as the contract states it (SKM-007, SKM-008), with hand-computed figures. */
class SatisfactionIndexTest {

    /** A tally of {@code respondents} with each element's sum in the regulation's order. */
    private static SatisfactionTally tally(long respondents, long... sums) {
        Map<SurveyElement, Long> byElement = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            byElement.put(element, sums[element.ordinal()]);
        }
        return new SatisfactionTally(respondents, byElement);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("SKM-007: the contract's published example: 128 respondents, IKM 3.2378, index 80.95, grade B")
    void contractExample() {
        // NRR x 128 gives the sums: 421/128 = 3.2890625, 409/128 = 3.1953125, 380/128 = 2.96875, 470/128 = 3.671875,
        // 415/128 = 3.2421875, 430/128 = 3.359375, 445/128 = 3.4765625, 362/128 = 2.828125, 398/128 = 3.109375.
        // Total 3730; IKM = 3730 / 1152 = 3.2378472..., index = 93250 / 1152 = 80.9461805...
        SatisfactionIndex index = SatisfactionIndex.of(tally(128, 421, 409, 380, 470, 415, 430, 445, 362, 398));

        assertThat(index.respondents()).isEqualTo(128);
        assertThat(index.nrr().values()).containsExactly(d("3.2891"), d("3.1953"), d("2.9688"), d("3.6719"),
                d("3.2422"), d("3.3594"), d("3.4766"), d("2.8281"), d("3.1094"));
        assertThat(index.nrr().keySet()).containsExactly(SurveyElement.values());
        assertThat(index.ikm()).isEqualTo(d("3.2378"));
        assertThat(index.index()).isEqualTo(d("80.95"));
        assertThat(index.grade()).isEqualTo(SatisfactionGrade.B);
    }

    @Test
    @DisplayName("SKM-007: every value is rounded half up, once, from the exact fraction")
    void roundsHalfUpFromExactValues() {
        // 8 respondents, each element summing 25: NRR = IKM = 3.125 exactly, index = 25 x 225 / 72 = 78.125.
        SatisfactionIndex index = SatisfactionIndex.of(tally(8, 25, 25, 25, 25, 25, 25, 25, 25, 25));
        assertThat(index.nrr().get(SurveyElement.PROSEDUR)).isEqualTo(d("3.1250"));
        assertThat(index.ikm()).isEqualTo(d("3.1250"));
        assertThat(index.index()).isEqualTo(d("78.13"));

        // 32 respondents, each element summing 97: NRR = IKM = 3.03125 (half up 3.0313, half even would be 3.0312);
        // index = 25 x 873 / 288 = 75.78125, so 75.78 and grade C.
        SatisfactionIndex other = SatisfactionIndex.of(tally(32, 97, 97, 97, 97, 97, 97, 97, 97, 97));
        assertThat(other.nrr().get(SurveyElement.SARANA_PRASARANA)).isEqualTo(d("3.0313"));
        assertThat(other.ikm()).isEqualTo(d("3.0313"));
        assertThat(other.index()).isEqualTo(d("75.78"));
        assertThat(other.grade()).isEqualTo(SatisfactionGrade.C);
    }

    @Test
    @DisplayName("SKM-007: the index comes from the unrounded IKM, not from the rounded one")
    void indexFromUnroundedIkm() {
        // 11 respondents, total 316: IKM = 316 / 99 = 3.191919... (3.1919); the index is 25 x 316 / 99 = 79.797979...
        // (79.80), computed from the fraction, not from the rounded IKM.
        SatisfactionIndex index = SatisfactionIndex.of(tally(11, 35, 35, 35, 35, 35, 35, 35, 35, 36));
        assertThat(index.ikm()).isEqualTo(d("3.1919"));
        assertThat(index.index()).isEqualTo(d("79.80"));
    }

    @Test
    @DisplayName("SKM-007: each NRR is weighted with exactly 1/9, not 0.11 (which would give 99.00 for all fours)")
    void exactNinth() {
        SatisfactionIndex best = SatisfactionIndex.of(tally(5, 20, 20, 20, 20, 20, 20, 20, 20, 20));
        assertThat(best.ikm()).isEqualTo(d("4.0000"));
        assertThat(best.index()).isEqualTo(d("100.00"));
        assertThat(best.grade()).isEqualTo(SatisfactionGrade.A);

        SatisfactionIndex worst = SatisfactionIndex.of(tally(5, 5, 5, 5, 5, 5, 5, 5, 5, 5));
        assertThat(worst.ikm()).isEqualTo(d("1.0000"));
        assertThat(worst.index()).isEqualTo(d("25.00"));
        assertThat(worst.grade()).isEqualTo(SatisfactionGrade.D);

        // 10 respondents, total 318: exact index 25 x 318 / 90 = 88.333... (A); with 0.11 it would be 87.45 (B).
        SatisfactionIndex nearTop = SatisfactionIndex.of(tally(10, 36, 36, 36, 35, 35, 35, 35, 35, 35));
        assertThat(nearTop.index()).isEqualTo(d("88.33"));
        assertThat(nearTop.grade()).isEqualTo(SatisfactionGrade.A);
    }

    @Test
    @DisplayName("SKM-008: the grade is read from the index rounded to two decimals (88.3055... is 88.31, A)")
    void gradeFromRoundedIndex() {
        // 1000 respondents, total 31790: index = 795750 / 9000 = 88.30555..., rounded 88.31: grade A.
        SatisfactionIndex justA = SatisfactionIndex.of(tally(1000, 3532, 3532, 3532, 3532, 3532, 3532, 3532, 3532,
                3534));
        assertThat(justA.index()).isEqualTo(d("88.31"));
        assertThat(justA.grade()).isEqualTo(SatisfactionGrade.A);
        // total 31789: index = 88.30277..., rounded 88.30: grade B.
        SatisfactionIndex justB = SatisfactionIndex.of(tally(1000, 3532, 3532, 3532, 3532, 3532, 3532, 3532, 3532,
                3533));
        assertThat(justB.index()).isEqualTo(d("88.30"));
        assertThat(justB.grade()).isEqualTo(SatisfactionGrade.B);
    }

    @ParameterizedTest(name = "{0} is grade {1}")
    @CsvSource({"100.00, A", "88.31, A", "88.30, B", "76.61, B", "76.60, C", "65.00, C", "64.99, D", "25.00, D"})
    @DisplayName("SKM-008: both sides of every grade boundary")
    void gradeBoundaries(String index, SatisfactionGrade grade) {
        assertThat(SatisfactionGrade.of(d(index))).isEqualTo(grade);
    }

    @Test
    @DisplayName("SKM-008: grade labels in both languages")
    void gradeLabels() {
        assertThat(SatisfactionGrade.A.label(false)).isEqualTo("Sangat baik");
        assertThat(SatisfactionGrade.B.label(false)).isEqualTo("Baik");
        assertThat(SatisfactionGrade.C.label(false)).isEqualTo("Kurang baik");
        assertThat(SatisfactionGrade.D.label(false)).isEqualTo("Tidak baik");
        assertThat(SatisfactionGrade.A.label(true)).isEqualTo("Very good");
    }

    @Test
    @DisplayName("A tally adds responses; impossible sums and an empty tally's index are refused")
    void tallies() {
        Map<SurveyElement, Integer> fours = new EnumMap<>(SurveyElement.class);
        Map<SurveyElement, Integer> ones = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            fours.put(element, 4);
            ones.put(element, 1);
        }
        SatisfactionTally two = SatisfactionTally.empty().plus(fours).plus(ones);
        assertThat(two.respondents()).isEqualTo(2);
        assertThat(two.total()).isEqualTo(45);
        assertThat(SatisfactionIndex.of(two).index()).isEqualTo(d("62.50"));
        assertThatThrownBy(() -> SatisfactionIndex.of(SatisfactionTally.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tally(1, 5, 4, 4, 4, 4, 4, 4, 4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tally(2, 1, 4, 4, 4, 4, 4, 4, 4, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Elements keep their stable codes and regulation numbers U1 to U9")
    void elements() {
        assertThat(SurveyElement.PERSYARATAN.regulationNumber()).isEqualTo("U1");
        assertThat(SurveyElement.PENANGANAN_PENGADUAN.regulationNumber()).isEqualTo("U8");
        assertThat(SurveyElement.SARANA_PRASARANA.regulationNumber()).isEqualTo("U9");
        assertThat(SurveyElement.isCode("PROSEDUR")).isTrue();
        assertThat(SurveyElement.isCode("prosedur")).isFalse();
    }

    @Test
    @DisplayName("SKM-010: periods are whole months; the default runs from 1 January to the end of this month")
    void periods() {
        assertThat(SurveyPeriod.defaultOn(LocalDate.of(2026, 11, 29)))
                .isEqualTo(new SurveyPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30)));
        assertThat(SurveyPeriod.defaultOn(LocalDate.of(2028, 2, 3)).to()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(SurveyPeriod.problems(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(SurveyPeriod.problems(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27)))
                .containsExactly("#/query/from_date", "#/query/to_date");
        assertThat(SurveyPeriod.problems(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28)))
                .containsExactly("#/query/to_date");
        assertThat(SurveyPeriod.problems(null, LocalDate.of(2026, 2, 27))).containsExactly("#/query/to_date");
        assertThat(SurveyPeriod.resolve(LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 11, 29)))
                .isEqualTo(new SurveyPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)));
        assertThatThrownBy(() -> new SurveyPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
