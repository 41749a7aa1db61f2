package id.mpp.server.http.application;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * No survey answers are known: the default {@link SurveyAnswers} while the deployment has no satisfaction survey
 * bean; a bean of the survey side replaces it (this one is {@link Secondary}).
 */
@Singleton
@Secondary
final class NoSurveyAnswers implements SurveyAnswers {

    @Override
    public boolean answered(String applicationId) {
        return false;
    }
}
