package id.mpp.sdk;

import static id.mpp.sdk.internal.Calls.headers;
import static id.mpp.sdk.internal.Calls.idempotencyKey;
import static id.mpp.sdk.internal.Calls.language;
import static id.mpp.sdk.internal.Calls.requestId;

import id.mpp.sdk.generated.api.ApplicationsApi;
import id.mpp.sdk.generated.api.SatisfactionApi;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationCancellation;
import id.mpp.sdk.generated.model.ApplicationList;
import id.mpp.sdk.generated.model.ApplicationRevision;
import id.mpp.sdk.generated.model.ApplicationSubmission;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.sdk.generated.model.SurveyResponse;
import id.mpp.sdk.generated.model.SurveyResponseSubmission;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.internal.Calls;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Service applications: a citizen submits, lists, reads, cancels and revises their own; an officer works through
 * the agency's queue and moves applications through the state machine.
 *
 * <p>An application is versioned: {@link #get(String)} and every change answer it as {@link Versioned}, and a
 * change takes the version it was decided on (sent as {@code If-Match}). Submitting and every change are
 * {@code POST}s with an idempotency key (the caller's, or one the SDK makes), so a retry never submits twice.
 *
 * <pre>{@code
 * Versioned<Application> application = client.applications().submit(new ApplicationSubmission()
 *         .serviceId("33-02-disdukcapil-akta-kelahiran")
 *         .form(Map.of("nama_bayi", "Raden Ajeng Sekar"))
 *         .documents(List.of(new ApplicationDocumentReference().documentType("KTP_EL").documentId(ktpId))));
 * client.applications().cancel(application, new ApplicationCancellation().reason("Salah layanan"));
 * }</pre>
 */
public final class Applications {

    private final ApplicationsApi api;
    private final SatisfactionApi satisfaction;
    private final Calls calls;

    Applications(GeneratedApis apis, Calls calls) {
        this.api = apis.applicationsApi();
        this.satisfaction = apis.satisfactionApi();
        this.calls = calls;
    }

    /**
     * Submits an application for a service, attaching documents already in the citizen's vault.
     *
     * @throws id.mpp.sdk.errors.ValidationException when the form or the documents do not meet the service's
     *     requirements ({@code fieldErrors()} points at each)
     * @throws id.mpp.sdk.errors.ForbiddenException when the account's assurance level is below the service's
     */
    public Versioned<Application> submit(ApplicationSubmission submission) {
        return submit(submission, RequestOptions.none());
    }

    /** Submits an application, with per-request options (for example your own idempotency key). */
    public Versioned<Application> submit(ApplicationSubmission submission, RequestOptions options) {
        Objects.requireNonNull(submission, "submission");
        return calls.versioned(() -> api.submitApplicationWithHttpInfo(submission, requestId(options),
                language(options), idempotencyKey(options), headers(options)));
    }

    /** Lists the signed-in citizen's own applications, newest first, fetching pages as they are iterated. */
    public PagedIterable<ApplicationSummary> listMine() {
        return listMine(ApplicationQuery.none(), RequestOptions.none());
    }

    /** Lists the citizen's own applications that match the query built by {@code query}. */
    public PagedIterable<ApplicationSummary> listMine(Consumer<ApplicationQuery.Builder> query) {
        return listMine(ApplicationQuery.of(query), RequestOptions.none());
    }

    /** Lists the citizen's own applications that match {@code query}, with {@code options} on every page. */
    public PagedIterable<ApplicationSummary> listMine(ApplicationQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            ApplicationList page = calls.run(() -> api.listMyApplications(requestId(options), language(options),
                    query.statuses(), query.serviceId(), query.pageSize(), token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * Reads one application with its timeline, and its version.
     *
     * @throws id.mpp.sdk.errors.NotFoundException when there is none the caller may see
     */
    public Versioned<Application> get(String applicationId) {
        return get(applicationId, RequestOptions.none());
    }

    /** Reads one application, with per-request options; see {@link #get(String)}. */
    public Versioned<Application> get(String applicationId, RequestOptions options) {
        Objects.requireNonNull(applicationId, "applicationId");
        return calls.versioned(() -> api.getApplicationWithHttpInfo(applicationId, requestId(options),
                language(options), headers(options)));
    }

    /**
     * Cancels the citizen's own application at the version it was read.
     *
     * @throws id.mpp.sdk.errors.ConflictException when its status no longer allows it ({@code allowedActions()})
     * @throws id.mpp.sdk.errors.PreconditionFailedException when it changed since it was read
     */
    public Versioned<Application> cancel(Versioned<Application> current, ApplicationCancellation cancellation) {
        return cancel(current.value().getId(), current.requireEtag(), cancellation, RequestOptions.none());
    }

    /** Cancels an application given its ID and {@code ETag}, with per-request options. */
    public Versioned<Application> cancel(String applicationId, String etag, ApplicationCancellation cancellation,
            RequestOptions options) {
        requireChange(applicationId, etag, cancellation);
        return calls.versioned(() -> api.cancelApplicationWithHttpInfo(etag, applicationId, cancellation,
                requestId(options), language(options), idempotencyKey(options), headers(options)));
    }

    /**
     * Sends the revision an officer asked for ({@code NEEDS_REVISION}), at the version it was read.
     *
     * @throws id.mpp.sdk.errors.ConflictException when its status no longer allows it
     * @throws id.mpp.sdk.errors.PreconditionFailedException when it changed since it was read
     */
    public Versioned<Application> revise(Versioned<Application> current, ApplicationRevision revision) {
        return revise(current.value().getId(), current.requireEtag(), revision, RequestOptions.none());
    }

    /** Sends a revision given the application's ID and {@code ETag}, with per-request options. */
    public Versioned<Application> revise(String applicationId, String etag, ApplicationRevision revision,
            RequestOptions options) {
        requireChange(applicationId, etag, revision);
        return calls.versioned(() -> api.reviseApplicationWithHttpInfo(etag, applicationId, revision,
                requestId(options), language(options), idempotencyKey(options), headers(options)));
    }

    /**
     * As an officer, performs an action of the state machine ({@code START_REVIEW}, {@code APPROVE}, ...).
     *
     * @throws id.mpp.sdk.errors.ConflictException when the action is not allowed now ({@code allowedActions()})
     * @throws id.mpp.sdk.errors.PreconditionFailedException when it changed since it was read
     */
    public Versioned<Application> transition(Versioned<Application> current, ApplicationTransition transition) {
        return transition(current.value().getId(), current.requireEtag(), transition, RequestOptions.none());
    }

    /** As an officer, performs an action given the application's ID and {@code ETag}, with per-request options. */
    public Versioned<Application> transition(String applicationId, String etag, ApplicationTransition transition,
            RequestOptions options) {
        requireChange(applicationId, etag, transition);
        return calls.versioned(() -> api.transitionApplicationWithHttpInfo(etag, applicationId, transition,
                requestId(options), language(options), idempotencyKey(options), headers(options)));
    }

    /** As an officer, lists the agency's queue of applications, fetching pages as they are iterated. */
    public PagedIterable<ApplicationSummary> agencyQueue(String agencyId) {
        return agencyQueue(agencyId, AgencyQueueQuery.none(), RequestOptions.none());
    }

    /** As an officer, lists the agency's applications that match the query built by {@code query}. */
    public PagedIterable<ApplicationSummary> agencyQueue(String agencyId, Consumer<AgencyQueueQuery.Builder> query) {
        return agencyQueue(agencyId, AgencyQueueQuery.of(query), RequestOptions.none());
    }

    /** As an officer, lists the agency's applications that match {@code query}, with {@code options} on every page. */
    public PagedIterable<ApplicationSummary> agencyQueue(String agencyId, AgencyQueueQuery query,
            RequestOptions options) {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            ApplicationList page = calls.run(() -> api.listAgencyApplications(agencyId, requestId(options),
                    language(options), query.statuses(), query.overdue(), query.serviceId(), query.trackingNumber(),
                    query.pageSize(), token, headers(options)));
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * Answers the SKM satisfaction survey of a completed application.
     *
     * @throws id.mpp.sdk.errors.ConflictException when the survey is not open or was already answered
     */
    public SurveyResponse submitSurveyResponse(String applicationId, SurveyResponseSubmission submission) {
        return submitSurveyResponse(applicationId, submission, RequestOptions.none());
    }

    /** Answers the satisfaction survey, with per-request options. */
    public SurveyResponse submitSurveyResponse(String applicationId, SurveyResponseSubmission submission,
            RequestOptions options) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(submission, "submission");
        return calls.run(() -> satisfaction.submitSurveyResponse(applicationId, submission, requestId(options),
                language(options), idempotencyKey(options), headers(options)));
    }

    /** Reads the survey response given for an application. */
    public SurveyResponse surveyResponse(String applicationId) {
        return surveyResponse(applicationId, RequestOptions.none());
    }

    /** Reads the survey response given for an application, with per-request options. */
    public SurveyResponse surveyResponse(String applicationId, RequestOptions options) {
        Objects.requireNonNull(applicationId, "applicationId");
        return calls.run(() -> satisfaction.getSurveyResponse(applicationId, requestId(options), language(options),
                headers(options)));
    }

    private static void requireChange(String applicationId, String etag, Object body) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(body, "body");
    }
}
