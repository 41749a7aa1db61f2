package id.mpp.server.domain.satisfaction;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded survey response (never changed once recorded) with the facts of its application it is counted by.
 *
 * @param applicationId the rated application
 * @param serviceId its service
 * @param agencyId its agency
 * @param regionCode its region
 * @param applicantAccountId the applicant, the only one who may read it back
 * @param scores the nine scores, one per element, 1 to 4
 * @param comment the applicant's comment; null when none
 * @param profile the optional respondent profile
 * @param submittedAt when it was recorded
 */
public record SurveyAnswer(String applicationId, String serviceId, String agencyId, String regionCode,
        String applicantAccountId, Map<SurveyElement, Integer> scores, String comment, RespondentProfile profile,
        Instant submittedAt) {

    public SurveyAnswer {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(applicantAccountId, "applicantAccountId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        EnumMap<SurveyElement, Integer> copy = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            Integer score = scores.get(element);
            if (score == null || score < SurveyElement.LOWEST_SCORE || score > SurveyElement.HIGHEST_SCORE) {
                throw new IllegalArgumentException("A score from 1 to 4 is needed for " + element + ": " + score);
            }
            copy.put(element, score);
        }
        scores = Collections.unmodifiableMap(copy);
        profile = profile == null ? RespondentProfile.NONE : profile;
    }

    /**
     * The optional respondent profile of the questionnaire, each member the contract's enum value or null.
     */
    public record RespondentProfile(String ageGroup, String gender, String education, String occupation) {

        /** No profile given. */
        public static final RespondentProfile NONE = new RespondentProfile(null, null, null, null);

        /** Whether no member is given. */
        public boolean isEmpty() {
            return ageGroup == null && gender == null && education == null && occupation == null;
        }
    }
}
