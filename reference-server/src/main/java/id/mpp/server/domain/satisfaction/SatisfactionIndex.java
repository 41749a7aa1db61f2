package id.mpp.server.domain.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The IKM of PermenPANRB 14/2017 computed exactly, as the contract's {@code ServiceSatisfaction} states (SKM-007):
 *
 * <ul>
 *   <li>per element, NRR = sum of the element's scores / respondents;</li>
 *   <li>IKM = (NRR1 + ... + NRR9) / 9: each NRR weighted with exactly 1/9, not the regulation's rounded 0.11 (which
 *       scales everything by 0.99 and can move a service down a grade);</li>
 *   <li>index (IKM unit pelayanan) = IKM x 25, from 25 to 100.</li>
 * </ul>
 *
 * <p>Every value is an exact fraction of the tally's integers (IKM = total / (9 x respondents), index = 25 x total /
 * (9 x respondents)), so rounding happens once, half up, only for presentation: NRR and IKM to four decimals, the
 * index to two; the grade is read from the rounded index.
 *
 * @param respondents the number of responses
 * @param nrr each element's NRR, rounded half up to four decimals, in the regulation's order
 * @param ikm the IKM, rounded half up to four decimals
 * @param index the unrounded IKM x 25, rounded half up to two decimals
 * @param grade the grade of {@code index}
 */
public record SatisfactionIndex(long respondents, Map<SurveyElement, BigDecimal> nrr, BigDecimal ikm,
        BigDecimal index, SatisfactionGrade grade) {

    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    /**
     * The index of {@code tally}.
     *
     * @throws IllegalArgumentException when the tally has no respondents (there is nothing to average)
     */
    public static SatisfactionIndex of(SatisfactionTally tally) {
        if (tally.respondents() == 0) {
            throw new IllegalArgumentException("No respondents: no index");
        }
        BigDecimal respondents = BigDecimal.valueOf(tally.respondents());
        EnumMap<SurveyElement, BigDecimal> nrr = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            nrr.put(element, BigDecimal.valueOf(tally.sums().get(element)).divide(respondents, 4, RoundingMode.HALF_UP));
        }
        BigDecimal total = BigDecimal.valueOf(tally.total());
        BigDecimal divisor = NINE.multiply(respondents);
        BigDecimal ikm = total.divide(divisor, 4, RoundingMode.HALF_UP);
        BigDecimal index = total.multiply(TWENTY_FIVE).divide(divisor, 2, RoundingMode.HALF_UP);
        return new SatisfactionIndex(tally.respondents(), Collections.unmodifiableMap(nrr), ikm, index,
                SatisfactionGrade.of(index));
    }
}
