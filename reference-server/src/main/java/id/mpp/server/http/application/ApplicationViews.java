package id.mpp.server.http.application;

import id.mpp.server.domain.application.ActorRole;
import id.mpp.server.domain.application.ApplicationStateMachine;
import id.mpp.server.domain.application.ServiceLevels;
import id.mpp.server.generated.model.ApplicationAction;
import id.mpp.server.generated.model.ApplicationActor;
import id.mpp.server.generated.model.ApplicationActorType;
import id.mpp.server.generated.model.ApplicationApplicant;
import id.mpp.server.generated.model.ApplicationDecision;
import id.mpp.server.generated.model.ApplicationDecisionOutcome;
import id.mpp.server.generated.model.ApplicationDocument;
import id.mpp.server.generated.model.ApplicationStatus;
import id.mpp.server.generated.model.ApplicationSummary;
import id.mpp.server.generated.model.DocumentStatus;
import id.mpp.server.generated.model.ModelApplication;
import id.mpp.server.generated.model.TimelineEntry;
import id.mpp.server.http.Language;
import id.mpp.server.storage.application.AttachedRow;
import id.mpp.server.storage.application.StoredApplication;
import id.mpp.server.storage.application.StoredApplication.Actor;
import id.mpp.server.storage.application.TimelineRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stored applications as the contract's Application and ApplicationSummary, for one reader. */
final class ApplicationViews {

    private ApplicationViews() {
    }

    static ModelApplication full(StoredApplication a, ActorRole reader, ApplicationStateMachine machine,
            List<AttachedRow> documents, Map<String, String> statuses, List<TimelineRow> timeline,
            boolean surveyAnswered, Instant now, Language language) {
        ModelApplication view = new ModelApplication(a.id(), a.trackingNumber(), a.serviceId(),
                language == Language.EN ? a.serviceNameEn() : a.serviceNameId(), a.regionCode(), a.agencyId(),
                language == Language.EN ? a.agencyNameEn() : a.agencyNameId(),
                new ApplicationApplicant(a.applicantId(), a.applicantName()),
                ApplicationStatus.fromValue(a.status().name()), ApplicationWorkflow.form(a.formJson()),
                documents.stream().map(d -> new ApplicationDocument(d.documentType(), d.documentId(),
                        DocumentStatus.fromValue(statuses.getOrDefault(d.documentId(), d.attachedStatus())))).toList(),
                utc(a.submittedAt()), utc(a.updatedAt()), a.dueDate(), a.slaWorkingDays(),
                ServiceLevels.overdue(a.status(), a.dueDate(), a.closedAt(), now, a.regionCode()),
                allowed(a, reader, machine), timeline.stream().map(ApplicationViews::entry).toList(), surveyAnswered);
        if (a.closedAt() != null) {
            view.closedAt(utc(a.closedAt()));
        }
        if (a.decision() != null) {
            ApplicationDecision decision = new ApplicationDecision(
                    ApplicationDecisionOutcome.fromValue(a.decision().outcome()), utc(a.decision().decidedAt()),
                    actor(a.decision().decidedBy()));
            decision.reason(a.decision().reason());
            view.decision(decision);
        }
        if (a.outputDocumentId() != null) {
            view.outputDocumentId(a.outputDocumentId());
        }
        return view;
    }

    static ApplicationSummary summary(StoredApplication a, ActorRole reader, ApplicationStateMachine machine,
            Instant now, Language language) {
        ApplicationSummary view = new ApplicationSummary(a.id(), a.trackingNumber(), a.serviceId(),
                language == Language.EN ? a.serviceNameEn() : a.serviceNameId(), a.regionCode(), a.agencyId(),
                new ApplicationApplicant(a.applicantId(), a.applicantName()),
                ApplicationStatus.fromValue(a.status().name()), utc(a.submittedAt()), utc(a.updatedAt()),
                a.dueDate(), ServiceLevels.overdue(a.status(), a.dueDate(), a.closedAt(), now, a.regionCode()),
                allowed(a, reader, machine));
        if (a.closedAt() != null) {
            view.closedAt(utc(a.closedAt()));
        }
        return view;
    }

    private static Set<ApplicationAction> allowed(StoredApplication a, ActorRole reader,
            ApplicationStateMachine machine) {
        Set<ApplicationAction> actions = new LinkedHashSet<>();
        machine.allowedActions(a.status(), reader).forEach(action -> actions.add(
                ApplicationAction.fromValue(action.name())));
        return actions;
    }

    private static TimelineEntry entry(TimelineRow row) {
        TimelineEntry entry = new TimelineEntry(utc(row.occurredAt()), actor(row.actor()),
                ApplicationStatus.fromValue(row.toStatus()));
        if (row.action() != null) {
            entry.action(ApplicationAction.fromValue(row.action()));
        }
        if (row.fromStatus() != null) {
            entry.fromStatus(ApplicationStatus.fromValue(row.fromStatus()));
        }
        if (row.reason() != null) {
            entry.reason(row.reason());
        }
        return entry;
    }

    private static ApplicationActor actor(Actor actor) {
        ApplicationActor view = new ApplicationActor(ApplicationActorType.fromValue(actor.type()), actor.name());
        if (actor.agencyId() != null) {
            view.agencyId(actor.agencyId());
        }
        return view;
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
