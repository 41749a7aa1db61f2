package id.mpp.examples.worker;

import id.mpp.sdk.MppClient;
import id.mpp.sdk.Versioned;
import id.mpp.sdk.errors.ConflictException;
import id.mpp.sdk.errors.MppApiException;
import id.mpp.sdk.errors.PreconditionFailedException;
import id.mpp.sdk.errors.ProblemTypes;
import id.mpp.sdk.generated.invoker.ApiException;
import id.mpp.sdk.generated.invoker.ApiResponse;
import id.mpp.sdk.generated.model.Application;
import id.mpp.sdk.generated.model.ApplicationAction;
import id.mpp.sdk.generated.model.ApplicationDocument;
import id.mpp.sdk.generated.model.ApplicationStatus;
import id.mpp.sdk.generated.model.ApplicationSummary;
import id.mpp.sdk.generated.model.ApplicationTransition;
import id.mpp.sdk.generated.model.Document;
import id.mpp.sdk.generated.model.DocumentStatus;
import id.mpp.sdk.generated.model.DocumentVerificationOutcome;
import id.mpp.sdk.generated.model.DocumentVerificationRequest;
import id.mpp.sdk.generated.model.Event;
import id.mpp.sdk.generated.model.EventType;
import id.mpp.sdk.generated.model.Service;
import id.mpp.sdk.generated.model.ServiceRequirement;
import id.mpp.sdk.pagination.Page;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule-driven worker: reads the agency's event feed from the kept cursor and, for each new application of a
 * service with a rule, takes it through review (START_REVIEW), checks that every required document is attached,
 * verifies them if the rule says so, then APPROVE and COMPLETE (the server issues the output into the citizen's
 * vault). Everything else is left for an officer, with a log line.
 */
final class Worker {
    private final MppClient client;
    private final String agencyId;
    private final Rules rules;
    private final CursorFile cursor;
    private final PrintWriter log;

    Worker(MppClient client, String agencyId, Rules rules, CursorFile cursor, PrintWriter log) {
        this.client = client;
        this.agencyId = agencyId;
        this.rules = rules;
        this.cursor = cursor;
        this.log = log;
    }

    /** Reads the feed until caught up, handling each event; answers how many events were read. */
    int catchUp() {
        int events = 0;
        String from = cursor.load().orElse(null);
        try {
            for (Page<Event> page : client.events().list(q -> q.pageToken(from)).pages()) {
                for (Event event : page.items()) {
                    handle(event);
                    events++;
                }
                // Kept once the page's events are handled: a restart resumes after them.
                page.nextPageToken().ifPresent(cursor::save);
            }
        } catch (MppApiException e) {
            if (!e.hasType(ProblemTypes.CURSOR_EXPIRED)) {
                throw e;
            }
            // Stopped for longer than the feed keeps events: look at the queue instead, then start the feed afresh.
            log("cursor expired: resynchronising from the queue of " + agencyId);
            cursor.clear();
            for (ApplicationSummary waiting : client.applications().agencyQueue(agencyId,
                    q -> q.statuses(ApplicationStatus.SUBMITTED))) {
                rules.forService(waiting.getServiceId()).ifPresent(rule -> process(waiting.getId(), rule));
            }
        }
        return events;
    }

    private void handle(Event event) {
        if (event.getType() != EventType.APPLICATION_SUBMITTED) {
            log(event.getType() + " " + event.getTrackingNumber());
            return;
        }
        rules.forService(event.getServiceId()).ifPresentOrElse(
                rule -> process(event.getApplicationId(), rule),
                () -> log(event.getTrackingNumber() + " (" + event.getServiceId()
                        + "): no rule for this service, left for an officer"));
    }

    /** Takes one application through to completion, or leaves it for an officer with the reason. */
    void process(String applicationId, Rules.Rule rule) {
        Versioned<Application> application = client.applications().get(applicationId);
        String number = application.value().getTrackingNumber();
        if (application.value().getStatus() != ApplicationStatus.SUBMITTED) {
            log(number + ": already " + application.value().getStatus() + ", nothing to do");
            return;
        }
        try {
            application = transition(application, ApplicationAction.START_REVIEW);
            Service service = client.services().get(application.value().getServiceId());
            Map<String, ApplicationDocument> attached = application.value().getDocuments().stream()
                    .collect(Collectors.toMap(ApplicationDocument::getDocumentType, d -> d, (a, b) -> a));
            Set<String> missing = service.getRequirements().stream()
                    .filter(r -> Boolean.TRUE.equals(r.getRequired()))
                    .map(ServiceRequirement::getDocumentType)
                    .filter(type -> !attached.containsKey(type))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!missing.isEmpty()) {
                log(number + ": in review, missing " + missing + ", left for an officer");
                return;
            }
            if (rule.verifyDocuments()) {
                for (ApplicationDocument document : attached.values()) {
                    if (document.getStatus() != DocumentStatus.VERIFIED) {
                        verify(applicationId, document.getDocumentId());
                        log(number + ": " + document.getDocumentType() + " " + document.getDocumentId() + " verified");
                    }
                }
                application = client.applications().get(applicationId);
            }
            application = transition(application, ApplicationAction.APPROVE);
            application = transition(application, ApplicationAction.COMPLETE);
            log(number + ": COMPLETED by rule " + rule.name() + ", issued "
                    + application.value().getOutputDocumentId());
        } catch (ConflictException | PreconditionFailedException e) {
            // An officer (or another worker) acted first: theirs stands.
            log(number + ": changed meanwhile, left as it is (" + e.getMessage() + ")");
        }
    }

    private Versioned<Application> transition(Versioned<Application> application, ApplicationAction action) {
        // The SDK sends the version just read as If-Match: a change made meanwhile answers 412, never overwritten.
        Versioned<Application> next = client.applications().transition(application,
                new ApplicationTransition().action(action));
        log(next.value().getTrackingNumber() + ": " + action + " -> " + next.value().getStatus());
        return next;
    }

    /** Marks a document of the application VERIFIED; the façade has no call for it, the generated API has. */
    private void verify(String applicationId, String documentId) {
        try {
            ApiResponse<Document> current = client.generated().documentsApi()
                    .getApplicationDocumentWithHttpInfo(applicationId, documentId, null, null);
            String etag = header(current.getHeaders(), "ETag");
            client.generated().documentsApi().verifyApplicationDocument(etag, applicationId, documentId,
                    new DocumentVerificationRequest().outcome(DocumentVerificationOutcome.VERIFIED), null, null, null);
        } catch (ApiException e) {
            throw new IllegalStateException("verification of " + documentId + " failed: " + e.getMessage(), e);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " header"));
    }

    private void log(String line) {
        log.println(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + " " + line);
        log.flush();
    }
}
