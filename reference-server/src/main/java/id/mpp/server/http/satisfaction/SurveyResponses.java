package id.mpp.server.http.satisfaction;

import id.mpp.server.domain.application.ApplicationDirectory;
import id.mpp.server.domain.application.ApplicationFacts;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.satisfaction.SurveyAnswer;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.region.RegionRepository;
import id.mpp.server.storage.region.RegionRow;
import id.mpp.server.storage.satisfaction.JdbcSurveyStore;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The applicant's survey answer (SKM-001 to SKM-006): recorded once per {@code COMPLETED} application, by its
 * applicant only, together with its {@code SURVEY_RESPONSE_SUBMITTED} event in one transaction; read back by the
 * applicant only. Anyone else, another citizen or an officer, is answered {@code 404 not-found}, as for an
 * application that does not exist.
 */
@Singleton
public class SurveyResponses {

    static final String EVENT_TYPE = "SURVEY_RESPONSE_SUBMITTED";
    private static final String COMPLETED = "COMPLETED";

    private final ApplicationDirectory applications;
    private final JdbcSurveyStore store;
    private final EventRecorder events;
    private final RegionRepository regions;
    private final Clock clock;

    SurveyResponses(ApplicationDirectory applications, JdbcSurveyStore store, EventRecorder events,
                    RegionRepository regions, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.events = events;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Records the applicant's answer for the application.
     *
     * @throws ProblemException {@code 404 not-found} when the caller is not the applicant (or there is no such
     *     application), {@code 409 survey-not-allowed} when it is not {@code COMPLETED}, {@code 409
     *     survey-already-submitted} when it was answered already (the first answer stays unchanged)
     */
    @Transactional
    public SurveyAnswer submit(Caller caller, String applicationId, SurveySubmissionReader.Submission submission) {
        ApplicationFacts application = ownApplication(caller, applicationId);
        if (!COMPLETED.equals(application.status())) {
            throw new ProblemException(ProblemType.SURVEY_NOT_ALLOWED, "detail.survey-not-allowed",
                    application.trackingNumber());
        }
        if (store.answered(applicationId)) {
            throw alreadySubmitted(application);
        }
        SurveyAnswer answer = new SurveyAnswer(application.id(), application.serviceId(), application.agencyId(),
                application.regionCode(), application.applicantAccountId(), submission.scores(),
                submission.comment(), submission.profile(), JdbcSurveyStore.storable(clock.instant()));
        if (!store.insert(answer, zoneOf(application.regionCode()))) {
            throw alreadySubmitted(application);
        }
        events.record(new NewEvent(EVENT_TYPE, answer.submittedAt(), application.agencyId(),
                application.regionCode(), application.id(), application.trackingNumber(), application.serviceId(),
                "CITIZEN", null, null, null, null, null));
        return answer;
    }

    /**
     * The applicant's own answer.
     *
     * @throws ProblemException {@code 404 not-found} for anyone but the applicant, and before the survey is answered
     */
    public SurveyAnswer read(Caller caller, String applicationId) {
        ownApplication(caller, applicationId);
        return store.find(applicationId)
                .filter(answer -> answer.applicantAccountId().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("detail.survey-response-not-found", applicationId));
    }

    private ApplicationFacts ownApplication(Caller caller, String applicationId) {
        return applications.find(applicationId)
                .filter(application -> caller.accountToken()
                        && application.applicantAccountId().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("detail.application-not-found", applicationId));
    }

    private ZoneId zoneOf(String regionCode) {
        return regions.findById(regionCode).map(RegionRow::timeZone).map(ZoneId::of)
                .orElse(ZoneId.of("Asia/Jakarta"));
    }

    private static ProblemException alreadySubmitted(ApplicationFacts application) {
        return new ProblemException(ProblemType.SURVEY_ALREADY_SUBMITTED, "detail.survey-already-submitted",
                application.trackingNumber());
    }
}
