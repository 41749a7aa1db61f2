package id.mpp.server.http.satisfaction;

import id.mpp.server.http.application.SurveyAnswers;
import id.mpp.server.storage.satisfaction.JdbcSurveyStore;
import jakarta.inject.Singleton;

/**
 * Whether an application's survey was answered, from the stored responses: the Application's
 * {@code survey_response_submitted} (SKM-001). Replaces the applications side's stand-in, which is secondary.
 */
@Singleton
final class StoredSurveyAnswers implements SurveyAnswers {

    private final JdbcSurveyStore store;

    StoredSurveyAnswers(JdbcSurveyStore store) {
        this.store = store;
    }

    @Override
    public boolean answered(String applicationId) {
        return store.answered(applicationId);
    }
}
