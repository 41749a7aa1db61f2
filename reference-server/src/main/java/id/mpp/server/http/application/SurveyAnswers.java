package id.mpp.server.http.application;

/**
 * Whether the applicant answered the satisfaction survey (SKM) of an application, for the Application's {@code
 * survey_response_submitted}. The satisfaction survey side provides it; {@link NoSurveyAnswers} stands in until it
 * does.
 */
public interface SurveyAnswers {

    boolean answered(String applicationId);
}
