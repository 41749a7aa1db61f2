package id.mpp.server.domain.satisfaction;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sums a satisfaction result is computed from: the number of responses and, per element, the sum of its scores.
 *
 * @param respondents the number of responses
 * @param sums each element's sum of scores over the responses (every element present)
 */
public record SatisfactionTally(long respondents, Map<SurveyElement, Long> sums) {

    public SatisfactionTally {
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must not be negative");
        }
        EnumMap<SurveyElement, Long> copy = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            long sum = Objects.requireNonNull(sums.get(element), () -> "no sum for " + element);
            if (sum < respondents * SurveyElement.LOWEST_SCORE || sum > respondents * SurveyElement.HIGHEST_SCORE) {
                throw new IllegalArgumentException("The sum of " + element + " is impossible for " + respondents
                        + " respondents: " + sum);
            }
            copy.put(element, sum);
        }
        sums = java.util.Collections.unmodifiableMap(copy);
    }

    /** No responses. */
    public static SatisfactionTally empty() {
        EnumMap<SurveyElement, Long> zeros = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            zeros.put(element, 0L);
        }
        return new SatisfactionTally(0, zeros);
    }

    /** This tally with one more response. */
    public SatisfactionTally plus(Map<SurveyElement, Integer> scores) {
        EnumMap<SurveyElement, Long> more = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            more.put(element, sums.get(element) + Objects.requireNonNull(scores.get(element), element::name));
        }
        return new SatisfactionTally(respondents + 1, more);
    }

    /** The sum of every score of every response. */
    public long total() {
        return sums.values().stream().mapToLong(Long::longValue).sum();
    }
}
