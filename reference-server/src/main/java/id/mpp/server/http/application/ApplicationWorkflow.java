package id.mpp.server.http.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.mpp.server.domain.account.AssuranceLevel;
import id.mpp.server.domain.application.ActorRole;
import id.mpp.server.domain.application.ApplicationAction;
import id.mpp.server.domain.application.ApplicationStateMachine;
import id.mpp.server.domain.application.ApplicationStatus;
import id.mpp.server.domain.application.AttachedDocument;
import id.mpp.server.domain.application.OutputDocumentPdf;
import id.mpp.server.domain.application.RequirementCheck;
import id.mpp.server.domain.application.RequirementViolation;
import id.mpp.server.domain.application.ServiceLevels;
import id.mpp.server.domain.application.TrackingNumbers;
import id.mpp.server.domain.application.Transition;
import id.mpp.server.domain.application.VerificationCodes;
import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.domain.oauth.ClientDirectory;
import id.mpp.server.domain.service.FormSchemaValidator;
import id.mpp.server.domain.service.FormViolation;
import id.mpp.server.domain.service.ServiceDefinition;
import id.mpp.server.domain.service.ServiceDirectory;
import id.mpp.server.domain.vault.ApplicationVault;
import id.mpp.server.domain.vault.AttachableDocument;
import id.mpp.server.domain.vault.DocumentGrantRequest;
import id.mpp.server.domain.vault.DocumentIssue;
import id.mpp.server.domain.vault.IssuedDocumentReceipt;
import id.mpp.server.http.agency.AgencyCatalogue;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemException.Violation;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.account.JdbcAccountRepository;
import id.mpp.server.storage.account.StoredAccount;
import id.mpp.server.storage.agency.AgencyRow;
import id.mpp.server.storage.application.AttachedRow;
import id.mpp.server.storage.application.JdbcApplicationStore;
import id.mpp.server.storage.application.StoredApplication;
import id.mpp.server.storage.application.StoredApplication.Actor;
import id.mpp.server.storage.application.StoredApplication.Decision;
import id.mpp.server.storage.application.TimelineRow;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes of applications (issue 6, items 2 and 4): submission with its checks in the contract's order,
 * cancellation, revision and the officers' transitions through the state machine. Each change runs in one
 * transaction that writes the application, its timeline entry, the vault's grants and exactly one event, or nothing.
 * The application's row is locked first, so two changes from the same ETag cannot both pass: the second waits, then
 * finds the ETag stale ({@code 412}).
 */
@Singleton
public class ApplicationWorkflow {

    static final String PDF = "application/pdf";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> FORM = new TypeReference<>() {
    };
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private final JdbcApplicationStore store;
    private final ServiceDirectory services;
    private final ApplicationVault vault;
    private final EventRecorder events;
    private final JdbcAccountRepository accounts;
    private final AgencyCatalogue agencies;
    private final ClientDirectory clients;
    private final ApplicationStateMachine machine;
    private final ServiceLevels levels;
    private final VerificationCodes codes;
    private final Clock clock;
    private final Ulids ulids;

    ApplicationWorkflow(JdbcApplicationStore store, ServiceDirectory services, ApplicationVault vault,
            EventRecorder events, JdbcAccountRepository accounts, AgencyCatalogue agencies, ClientDirectory clients,
            ApplicationStateMachine machine, ServiceLevels levels, VerificationCodes codes, Clock clock) {
        this.store = store;
        this.services = services;
        this.vault = vault;
        this.events = events;
        this.accounts = accounts;
        this.agencies = agencies;
        this.clients = clients;
        this.machine = machine;
        this.levels = levels;
        this.codes = codes;
        this.clock = clock;
        this.ulids = new Ulids(clock);
    }

    /** A submission as the request carries it. */
    record Submission(String serviceId, Map<String, Object> form, List<AttachedDocument> documents) {
    }

    /** A revision as the request carries it; {@code documents} and {@code form} may each be null. */
    record Revision(List<AttachedDocument> documents, Map<String, Object> form, String note) {
    }

    /**
     * submitApplication: checks in the contract's order (body, service, assurance, form, documents), then creates
     * the application, its grants and its APPLICATION_SUBMITTED event together.
     */
    @Transactional
    public StoredApplication submit(ApplicationCaller who, Submission submission) {
        duplicates(submission.documents());
        ServiceDefinition service = services.find(submission.serviceId())
                .orElseThrow(() -> ProblemException.notFound("detail.application.service-not-found", submission.serviceId()));
        if (!service.active()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.application.service-inactive", service.id());
        }
        StoredAccount applicant = accounts.findById(who.caller().subject())
                .orElseThrow(() -> new ProblemException(ProblemType.INSUFFICIENT_SCOPE,
                        "detail.account-token-required"));
        if (rank(applicant.account().acr().uri()) < rank(service.minimumAcr())) {
            throw new ProblemException(ProblemType.INSUFFICIENT_ASSURANCE, "detail.application.needs-assurance",
                    service.id(), service.minimumAcr()).with(ProblemException.REQUIRED_ACR, service.minimumAcr());
        }
        validateForm(service, submission.form());
        List<AttachableDocument> owned = owned(applicant.account().id(), submission.documents());
        requirements(RequirementCheck.check(submission.documents(), owned, service.requirements()));

        Instant now = now();
        String region = service.regionCode();
        int year = ServiceLevels.dateIn(now, region).getYear();
        String trackingNumber = TrackingNumbers.format(region, year, store.nextSerial(region, year));
        AgencyRow agency = agencies.find(service.agencyId()).orElse(null);
        String id = ulids.next("app_");
        Map<String, String> statuses = owned.stream()
                .collect(Collectors.toMap(AttachableDocument::id, AttachableDocument::status, (a, b) -> a));
        StoredApplication application = new StoredApplication(id, trackingNumber, service.id(), service.nameId(),
                service.nameEn(), region, service.agencyId(),
                agency == null ? service.agencyId() : agency.nameId(),
                agency == null ? service.agencyId() : agency.nameEn(), applicant.account().id(),
                applicant.account().fullName(), ApplicationStatus.SUBMITTED, json(submission.form()),
                service.slaWorkingDays(), service.outputDocumentType(), service.outputNameId(), now, now,
                levels.dueDate(now, region, service.slaWorkingDays()), null, null, null, null, 1);
        List<AttachedRow> rows = submission.documents().stream()
                .map(d -> new AttachedRow(d.documentType(), d.documentId(), statuses.get(d.documentId())))
                .toList();
        Actor citizen = new Actor("CITIZEN", applicant.account().fullName(), null);
        store.insert(application, rows, new TimelineRow(now, citizen, null, null, "SUBMITTED", null));
        if (!rows.isEmpty()) {
            vault.grant(grantRequest(application, rows.stream().map(AttachedRow::documentId).toList(), now));
        }
        events.record(event("APPLICATION_SUBMITTED", application, now, "CITIZEN", null, ApplicationStatus.SUBMITTED,
                null));
        return application;
    }

    /** cancelApplication: the applicant withdraws the application while the state machine allows it. */
    @Transactional
    public StoredApplication cancel(ApplicationCaller who, String applicationId, String ifMatch, String reason) {
        StoredApplication application = lockedForApplicant(who, applicationId);
        precondition(application, ifMatch);
        Transition transition = allowed(application, ApplicationAction.CANCEL, ActorRole.CITIZEN);
        Instant now = now();
        StoredApplication cancelled = application.changed(transition.to(), application.formJson(), now,
                application.dueDate(), now, ServiceLevels.dateIn(now, application.regionCode()),
                application.decision(), application.outputDocumentId());
        write(application, cancelled);
        store.appendTimeline(application.id(), new TimelineRow(now, new Actor("CITIZEN",
                application.applicantName(), null), "CANCEL", application.status().name(), transition.to().name(),
                blankToNull(reason)));
        vault.closeGrants(application.id(), now);
        events.record(event("APPLICATION_CANCELLED", cancelled, now, "CITIZEN", application.status(),
                transition.to(), ApplicationAction.CANCEL));
        return cancelled;
    }

    /**
     * reviseApplication: the applicant answers a revision request with documents (each replacing the one of its
     * type, or added) and form fields; checked as a submission, then back IN_REVIEW with a new due date.
     */
    @Transactional
    public StoredApplication revise(ApplicationCaller who, String applicationId, String ifMatch, Revision revision) {
        StoredApplication application = lockedForApplicant(who, applicationId);
        List<AttachedDocument> documents = revision.documents() == null ? List.of() : revision.documents();
        if (revision.documents() == null && revision.form() == null) {
            throw ProblemException.withViolations(ProblemType.VALIDATION_ERROR,
                    List.of(new Violation("#/documents", "REQUIRED"), new Violation("#/form", "REQUIRED")),
                    "detail.application.revision-empty");
        }
        duplicates(documents);
        precondition(application, ifMatch);
        Transition transition = allowed(application, ApplicationAction.REVISE, ActorRole.CITIZEN);
        ServiceDefinition service = services.find(application.serviceId())
                .orElseThrow(() -> new IllegalStateException("the service of " + application.id() + " is gone"));
        Map<String, Object> form = form(application.formJson());
        if (revision.form() != null) {
            form.putAll(revision.form());
        }
        validateForm(service, form);
        List<AttachedRow> current = store.documents(application.id());
        Set<String> kept = new HashSet<>();
        current.forEach(row -> kept.add(row.documentType()));
        List<AttachableDocument> owned = owned(application.applicantId(), documents);
        requirements(RequirementCheck.check(documents, owned, service.requirements(), kept));

        Instant now = now();
        Map<String, String> statuses = owned.stream()
                .collect(Collectors.toMap(AttachableDocument::id, AttachableDocument::status, (a, b) -> a));
        List<AttachedRow> rows = documents.stream()
                .map(d -> new AttachedRow(d.documentType(), d.documentId(), statuses.get(d.documentId())))
                .toList();
        StoredApplication revised = application.changed(transition.to(), json(form), now,
                levels.dueDate(now, application.regionCode(), application.slaWorkingDays()), null, null,
                application.decision(), application.outputDocumentId());
        write(application, revised);
        if (!rows.isEmpty()) {
            List<String> replaced = store.attach(application.id(), rows, now);
            Set<String> attachedNow = rows.stream().map(AttachedRow::documentId).collect(Collectors.toSet());
            for (String documentId : replaced) {
                if (!attachedNow.contains(documentId)) {
                    vault.endGrant(application.id(), documentId, now);
                }
            }
            List<String> fresh = rows.stream().map(AttachedRow::documentId).filter(d -> !replaced.contains(d))
                    .toList();
            if (!fresh.isEmpty()) {
                vault.grant(grantRequest(application, fresh, now));
            }
        }
        store.appendTimeline(application.id(), new TimelineRow(now, new Actor("CITIZEN",
                application.applicantName(), null), "REVISE", application.status().name(), transition.to().name(),
                blankToNull(revision.note())));
        events.record(event("APPLICATION_REVISED", revised, now, "CITIZEN", application.status(), transition.to(),
                ApplicationAction.REVISE));
        return revised;
    }

    /**
     * transitionApplication: an officer (or back-end) of the handling agency takes an officer action; APPROVE and
     * REJECT record the decision, COMPLETE issues the output document into the applicant's vault, and a closing
     * action starts the end of the grants.
     */
    @Transactional
    public StoredApplication transition(ApplicationCaller who, String applicationId, String ifMatch,
            ApplicationAction action, String reason) {
        StoredApplication application = store.findForUpdate(applicationId).filter(who::handles)
                .orElseThrow(() -> notFound(applicationId));
        precondition(application, ifMatch);
        Transition transition = allowed(application, action, ActorRole.OFFICER);
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("#/reason", "REQUIRED");
        }
        Instant now = now();
        Actor actor = actor(who);
        Decision decision = application.decision();
        if (action == ApplicationAction.APPROVE || action == ApplicationAction.REJECT) {
            decision = new Decision(action == ApplicationAction.APPROVE ? "APPROVED" : "REJECTED",
                    blankToNull(reason), now, actor);
        }
        boolean closes = transition.to().terminal();
        String output = application.outputDocumentId();
        if (action == ApplicationAction.COMPLETE) {
            output = issue(application, now).documentId();
        }
        StoredApplication changed = application.changed(transition.to(), application.formJson(), now,
                application.dueDate(), closes ? now : null,
                closes ? ServiceLevels.dateIn(now, application.regionCode()) : null, decision, output);
        write(application, changed);
        store.appendTimeline(application.id(), new TimelineRow(now, actor, action.name(), application.status().name(),
                transition.to().name(), blankToNull(reason)));
        if (closes) {
            vault.closeGrants(application.id(), now);
        }
        events.record(event(action == ApplicationAction.COMPLETE ? "APPLICATION_COMPLETED"
                : "APPLICATION_STATUS_CHANGED", changed, now, "OFFICER", application.status(), transition.to(),
                action));
        return changed;
    }

    private IssuedDocumentReceipt issue(StoredApplication application, Instant now) {
        String code = codes.next();
        LocalDate date = ServiceLevels.dateIn(now, application.regionCode());
        byte[] pdf = OutputDocumentPdf.render(application.outputName(), List.of(
                "Layanan: " + application.serviceNameId(),
                "Diterbitkan untuk: " + application.applicantName(),
                "Nomor pengajuan: " + application.trackingNumber(),
                "Instansi penerbit: " + application.agencyNameId(),
                "Tanggal terbit: " + DATE.format(date),
                "Kode verifikasi: " + code,
                "Periksa keaslian dokumen ini di MPP Digital dengan kode verifikasi di atas."));
        String fileName = application.outputDocumentType().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + application.trackingNumber() + ".pdf";
        return vault.issue(new DocumentIssue(application.applicantId(), application.outputDocumentType(), fileName,
                PDF, pdf, application.id(), application.trackingNumber(), application.agencyId(), now, code));
    }

    private Actor actor(ApplicationCaller who) {
        String agency = who.caller().agencyId();
        if (who.caller().accountToken()) {
            String name = accounts.findById(who.caller().subject()).map(a -> a.account().fullName())
                    .orElse(who.caller().subject());
            return new Actor("OFFICER", name, agency);
        }
        String name = clients.find(who.caller().clientId()).map(c -> c.name()).orElse(who.caller().clientId());
        return new Actor("AGENCY_SYSTEM", name, agency);
    }

    private StoredApplication lockedForApplicant(ApplicationCaller who, String applicationId) {
        return store.findForUpdate(applicationId)
                .filter(a -> who.applied(a, ApplicationCaller.WRITE_SCOPE))
                .orElseThrow(() -> notFound(applicationId));
    }

    static ProblemException notFound(String applicationId) {
        return ProblemException.notFound("detail.application.not-found", applicationId);
    }

    private static void precondition(StoredApplication application, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.application.precondition-required");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(application.etag())) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.application.precondition-failed");
    }

    private Transition allowed(StoredApplication application, ApplicationAction action, ActorRole role) {
        return machine.find(application.status(), action, role).orElseThrow(() -> new ProblemException(
                ProblemType.INVALID_TRANSITION, "detail.application.invalid-transition", application.trackingNumber(),
                application.status().name(), action.name()).with(ProblemException.ALLOWED_ACTIONS,
                machine.allowedActions(application.status(), role).stream().map(Enum::name).toList()));
    }

    private void write(StoredApplication before, StoredApplication after) {
        if (!store.update(after, before.version())) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.application.precondition-failed");
        }
    }

    private static void duplicates(List<AttachedDocument> documents) {
        OptionalInt duplicate = RequirementCheck.firstDuplicateType(documents);
        if (duplicate.isPresent()) {
            throw ProblemException.withViolations(ProblemType.VALIDATION_ERROR, List.of(new Violation("#/documents/"
                    + duplicate.getAsInt(), "DUPLICATE", "application.field.DUPLICATE", List.of())),
                    "detail.validation-error");
        }
    }

    private static void validateForm(ServiceDefinition service, Map<String, Object> form) {
        List<FormViolation> violations = FormSchemaValidator.validate(service.formSchema(), form);
        if (!violations.isEmpty()) {
            throw ProblemException.withViolations(ProblemType.VALIDATION_ERROR, violations.stream()
                    .map(v -> new Violation(v.pointer(), v.code())).toList(), "detail.validation-error");
        }
    }

    private static void requirements(List<RequirementViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.withViolations(ProblemType.REQUIREMENTS_NOT_MET, violations.stream()
                    .map(v -> new Violation(v.pointer(), v.code(), "requirement." + v.code(),
                            java.util.Arrays.asList(v.documentType(), v.documentId() == null ? "" : v.documentId())))
                    .toList(), "detail.application.requirements-not-met", violations.size());
        }
    }

    private List<AttachableDocument> owned(String applicantId, List<AttachedDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        return vault.findOwned(applicantId, documents.stream().map(AttachedDocument::documentId).distinct().toList());
    }

    /** The current vault status of each attached document, for the answer (the attached one when unknown). */
    Map<String, String> currentStatuses(StoredApplication application, List<AttachedRow> documents) {
        Map<String, String> statuses = new HashMap<>();
        documents.forEach(d -> statuses.put(d.documentId(), d.attachedStatus()));
        if (!documents.isEmpty()) {
            vault.findOwned(application.applicantId(), documents.stream().map(AttachedRow::documentId).toList())
                    .forEach(d -> statuses.put(d.id(), d.status()));
        }
        return statuses;
    }

    private static DocumentGrantRequest grantRequest(StoredApplication application, List<String> documentIds,
            Instant at) {
        return new DocumentGrantRequest(application.id(), application.trackingNumber(), application.serviceId(),
                application.regionCode(), application.agencyId(), application.applicantId(), documentIds, at);
    }

    private static NewEvent event(String type, StoredApplication application, Instant at, String role,
            ApplicationStatus from, ApplicationStatus to, ApplicationAction action) {
        return new NewEvent(type, at, application.agencyId(), application.regionCode(), application.id(),
                application.trackingNumber(), application.serviceId(), role, from == null ? null : from.name(),
                to == null ? null : to.name(), action == null ? null : action.name(), null, null);
    }

    private static int rank(String acr) {
        for (AssuranceLevel level : AssuranceLevel.values()) {
            if (level.uri().equals(acr)) {
                return level.ordinal();
            }
        }
        return 0;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String json(Map<String, Object> form) {
        try {
            return JSON.writeValueAsString(form == null ? Map.of() : form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form not writable as JSON", e);
        }
    }

    static Map<String, Object> form(String json) {
        try {
            return JSON.readValue(json, FORM);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form not readable", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
