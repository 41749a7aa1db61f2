package id.mpp.server.http.application;

import id.mpp.server.domain.application.ActorRole;
import id.mpp.server.domain.application.ApplicationAction;
import id.mpp.server.domain.application.ApplicationStateMachine;
import id.mpp.server.domain.application.AttachedDocument;
import id.mpp.server.domain.application.RegionTimeZones;
import id.mpp.server.generated.api.ApplicationsApi;
import id.mpp.server.generated.model.ApplicationCancellation;
import id.mpp.server.generated.model.ApplicationDocumentReference;
import id.mpp.server.generated.model.ApplicationList;
import id.mpp.server.generated.model.ApplicationRevision;
import id.mpp.server.generated.model.ApplicationStatus;
import id.mpp.server.generated.model.ApplicationSubmission;
import id.mpp.server.generated.model.ApplicationTransition;
import id.mpp.server.generated.model.ModelApplication;
import id.mpp.server.http.Language;
import id.mpp.server.http.paging.PageTokens;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.security.Caller;
import id.mpp.server.storage.agency.AgencyRepository;
import id.mpp.server.storage.application.AgencyQueueFilter;
import id.mpp.server.storage.application.AttachedRow;
import id.mpp.server.storage.application.JdbcApplicationStore;
import id.mpp.server.storage.application.StoredApplication;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Applications operations (issue 6, items 2 to 5): submission, the citizen's list, reading one application,
 * cancellation, revision, the officers' transitions and the agency queue. Changes go through
 * {@link ApplicationWorkflow}; every POST is made safe to retry by the idempotency filter, and the three changes of
 * an existing application need {@code If-Match} ({@link ApplicationIfMatchFilter}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ApplicationController implements ApplicationsApi {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final ApplicationWorkflow workflow;
    private final JdbcApplicationStore store;
    private final AgencyRepository agencies;
    private final ApplicationStateMachine machine;
    private final PageTokens pageTokens;
    private final Clock clock;
    private final SurveyAnswers surveys;

    ApplicationController(ApplicationWorkflow workflow, JdbcApplicationStore store, AgencyRepository agencies,
            ApplicationStateMachine machine, PageTokens pageTokens, Clock clock, SurveyAnswers surveys) {
        this.workflow = workflow;
        this.store = store;
        this.agencies = agencies;
        this.machine = machine;
        this.pageTokens = pageTokens;
        this.clock = clock;
        this.surveys = surveys;
    }

    @Override
    @Secured(ApplicationCaller.WRITE_SCOPE)
    public HttpResponse<ModelApplication> submitApplication(ApplicationSubmission body, String idempotencyKey) {
        ApplicationCaller who = caller();
        StoredApplication application = workflow.submit(who, new ApplicationWorkflow.Submission(body.getServiceId(),
                body.getForm(), documents(body.getDocuments())));
        return HttpResponse.created(view(application, ActorRole.CITIZEN))
                .header(HttpHeaders.LOCATION, "/v1/applications/" + application.id())
                .header(HttpHeaders.ETAG, application.etag());
    }

    @Override
    @Secured({ApplicationCaller.READ_SCOPE, ApplicationCaller.OFFICER_SCOPE})
    public HttpResponse<ModelApplication> getApplication(String applicationId) {
        ApplicationCaller who = caller();
        StoredApplication application = store.find(applicationId).filter(who::mayRead)
                .orElseThrow(() -> ApplicationWorkflow.notFound(applicationId));
        return HttpResponse.ok(view(application, who.readerRole(application)))
                .header(HttpHeaders.ETAG, application.etag());
    }

    @Override
    @Secured(ApplicationCaller.WRITE_SCOPE)
    public HttpResponse<ModelApplication> cancelApplication(String ifMatch, String applicationId,
            ApplicationCancellation body, String idempotencyKey) {
        StoredApplication application = workflow.cancel(caller(), applicationId, ifMatch, body.getReason());
        return changed(application, ActorRole.CITIZEN);
    }

    @Override
    @Secured(ApplicationCaller.WRITE_SCOPE)
    public HttpResponse<ModelApplication> reviseApplication(String ifMatch, String applicationId,
            ApplicationRevision body, String idempotencyKey) {
        StoredApplication application = workflow.revise(caller(), applicationId, ifMatch,
                new ApplicationWorkflow.Revision(body.getDocuments() == null ? null : documents(body.getDocuments()),
                        body.getForm(), body.getNote()));
        return changed(application, ActorRole.CITIZEN);
    }

    @Override
    @Secured(ApplicationCaller.OFFICER_SCOPE)
    public HttpResponse<ModelApplication> transitionApplication(String ifMatch, String applicationId,
            ApplicationTransition body, String idempotencyKey) {
        StoredApplication application = workflow.transition(caller(), applicationId, ifMatch,
                ApplicationAction.valueOf(body.getAction().getValue()), body.getReason());
        return changed(application, ActorRole.OFFICER);
    }

    @Override
    @Secured(ApplicationCaller.READ_SCOPE)
    public HttpResponse<ApplicationList> listMyApplications(Set<ApplicationStatus> status, String serviceId,
            Integer pageSize, String pageToken) {
        ApplicationCaller who = caller();
        List<String> statuses = statuses(status);
        Language language = language();
        String filters = "mine&status=" + String.join(",", statuses) + "&service_id=" + nullToEmpty(serviceId)
                + "&lang=" + language.tag();
        String[] after = pageTokens.cursor(pageToken, filters).map(c -> c.split("\\|", -1)).orElse(null);
        if (after != null && after.length != 2) {
            throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
        }
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<StoredApplication> rows = who.caller().accountToken()
                ? store.listByApplicant(who.caller().subject(), statuses, serviceId,
                        after == null ? null : instant(after[0]), after == null ? null : after[1], size + 1)
                : List.of();
        Instant now = clock.instant();
        List<StoredApplication> page = rows.stream().limit(size).toList();
        ApplicationList list = new ApplicationList(page.stream()
                .map(a -> ApplicationViews.summary(a, ActorRole.CITIZEN, machine, now, language)).toList());
        if (rows.size() > size) {
            StoredApplication last = page.get(page.size() - 1);
            list.nextPageToken(pageTokens.issue(micros(last.submittedAt()) + "|" + last.id(), filters));
        }
        return HttpResponse.ok(list);
    }

    @Override
    @Secured(ApplicationCaller.OFFICER_SCOPE)
    public HttpResponse<ApplicationList> listAgencyApplications(String agencyId, Set<ApplicationStatus> status,
            Boolean overdue, String serviceId, String trackingNumber, Integer pageSize, String pageToken) {
        Caller caller = caller().caller();
        if (!agencyId.equals(caller.agencyId())) {
            throw ProblemException.notFound("detail.application.agency-queue-not-found", agencyId);
        }
        String regionCode = agencies.findById(agencyId).map(a -> a.regionCode())
                .orElseThrow(() -> ProblemException.notFound("detail.application.agency-queue-not-found", agencyId));
        List<String> statuses = statuses(status);
        Language language = language();
        String filters = "agency=" + agencyId + "&status=" + String.join(",", statuses) + "&overdue="
                + (overdue == null ? "" : overdue) + "&service_id=" + nullToEmpty(serviceId) + "&tracking_number="
                + nullToEmpty(trackingNumber) + "&lang=" + language.tag();
        String[] after = pageTokens.cursor(pageToken, filters).map(c -> c.split("\\|", -1)).orElse(null);
        if (after != null && after.length != 3) {
            throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
        }
        Instant now = clock.instant();
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        AgencyQueueFilter filter = new AgencyQueueFilter(Set.copyOf(statuses), overdue,
                LocalDate.ofInstant(now, RegionTimeZones.of(regionCode)), serviceId, trackingNumber);
        List<StoredApplication> rows = store.listByAgency(agencyId, filter,
                after == null ? null : LocalDate.parse(after[0]), after == null ? null : instant(after[1]),
                after == null ? null : after[2], size + 1);
        List<StoredApplication> page = rows.stream().limit(size).toList();
        ApplicationList list = new ApplicationList(page.stream()
                .map(a -> ApplicationViews.summary(a, ActorRole.OFFICER, machine, now, language)).toList());
        if (rows.size() > size) {
            StoredApplication last = page.get(page.size() - 1);
            list.nextPageToken(pageTokens.issue(last.dueDate() + "|" + micros(last.submittedAt()) + "|" + last.id(),
                    filters));
        }
        return HttpResponse.ok(list);
    }

    private HttpResponse<ModelApplication> changed(StoredApplication application, ActorRole role) {
        return HttpResponse.ok(view(application, role)).header(HttpHeaders.ETAG, application.etag());
    }

    private ModelApplication view(StoredApplication application, ActorRole role) {
        List<AttachedRow> documents = store.documents(application.id());
        return ApplicationViews.full(application, role, machine, documents,
                workflow.currentStatuses(application, documents), store.timeline(application.id()),
                surveys.answered(application.id()), clock.instant(), language());
    }

    private static List<AttachedDocument> documents(List<ApplicationDocumentReference> references) {
        return references == null ? List.of() : references.stream()
                .map(r -> new AttachedDocument(r.getDocumentType(), r.getDocumentId())).toList();
    }

    /**
     * The status filter as sorted names. The framework drops a value that names no status from the bound set, so the
     * raw parameters are checked: an unknown status answers 400 at {@code #/query/status}.
     */
    private static List<String> statuses(Set<ApplicationStatus> status) {
        for (String raw : request().getParameters().getAll("status")) {
            for (String value : raw.split(",")) {
                try {
                    ApplicationStatus.fromValue(value.trim());
                } catch (IllegalArgumentException unknown) {
                    throw ProblemException.invalid("#/query/status", "UNKNOWN");
                }
            }
        }
        Set<String> sorted = new TreeSet<>();
        if (status != null) {
            status.forEach(s -> sorted.add(s.getValue()));
        }
        return List.copyOf(sorted);
    }

    private static String micros(Instant instant) {
        return Long.toString(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000);
    }

    private static Instant instant(String micros) {
        try {
            long value = Long.parseLong(micros);
            return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(PageTokens.POINTER, "INVALID_PAGE_TOKEN");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static HttpRequest<?> request() {
        return ServerRequestContext.currentRequest().orElseThrow(() -> new IllegalStateException("no request"));
    }

    private static Language language() {
        return Language.of(request());
    }

    private static ApplicationCaller caller() {
        return new ApplicationCaller(Caller.of(request().getUserPrincipal(Authentication.class)
                .orElseThrow(() -> new IllegalStateException("no authentication"))));
    }
}
