package id.mpp.server.http.document;

import id.mpp.server.domain.event.EventRecorder;
import id.mpp.server.domain.event.NewEvent;
import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.generated.model.DocumentVerificationOutcome;
import id.mpp.server.generated.model.DocumentVerificationRequest;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.document.AccessLogRow;
import id.mpp.server.storage.document.DocumentRow;
import id.mpp.server.storage.document.GrantRow;
import id.mpp.server.storage.document.VaultStore;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Officers' and agency systems' reads and decisions, only through an ACTIVE grant of their own agency for that
 * application (DOC-027, DOC-028); every other case is the same 404. Each read is logged before anything is
 * disclosed (DOC-030, DOC-031).
 */
@Singleton
class OfficerDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(OfficerDocuments.class);

    private final VaultStore store;
    private final BeanProvider<EventRecorder> events;
    private final DocumentViews views;
    private final Clock clock;
    private final Ulids ids;

    OfficerDocuments(VaultStore store, BeanProvider<EventRecorder> events, DocumentViews views, Clock clock) {
        this.store = store;
        this.events = events;
        this.views = views;
        this.clock = clock;
        this.ids = new Ulids(clock);
    }

    /** A document the agency may read for the application, with the grant that allows it. */
    record Access(GrantRow grant, DocumentRow document) {
    }

    Access access(Actors.Actor actor, String applicationId, String documentId) {
        Instant now = clock.instant();
        GrantRow grant = store.grants(applicationId, documentId).stream()
                .filter(g -> g.agencyId().equals(actor.agencyId()) && g.activeAt(now))
                .findFirst()
                .orElseThrow(() -> notFound(documentId));
        DocumentRow doc = store.document(documentId).orElseThrow(() -> notFound(documentId));
        return new Access(grant, doc);
    }

    /** Appends the read to the owner's access log; 503 and nothing disclosed when it cannot be written. */
    void log(Access access, Actors.Actor actor, String action) {
        try {
            store.append(entry(access, actor, action, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("Access log entry not written; the read is refused", e);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.vault-access-log-unavailable");
        }
    }

    /**
     * Records the agency's decision (DOC-034 to DOC-036), its VERIFY log entry and the DOCUMENT_VERIFIED or
     * DOCUMENT_REJECTED event of each of the agency's open applications using the document, in one transaction.
     */
    @Transactional
    DocumentRow verify(Actors.Actor actor, String applicationId, String documentId, String ifMatch,
            DocumentVerificationRequest request) {
        Access access = access(actor, applicationId, documentId);
        boolean rejected = request.getOutcome() == DocumentVerificationOutcome.REJECTED;
        String reason = request.getReason();
        if (rejected && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("#/reason", "REQUIRED");
        }
        DocumentRow doc = access.document();
        GrantRow grant = access.grant();
        if (grant.closedAt() != null) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.application-closed", grant.trackingNumber());
        }
        if (doc.issued()) {
            String issuer = doc.verification() == null ? "" : views.agencyName(doc.verification().agencyId(),
                    id.mpp.server.http.Language.ID);
            throw new ProblemException(ProblemType.CONFLICT, "detail.document-issued", issuer);
        }
        if (!IfMatches.matches(ifMatch, doc.etag())) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.document-precondition-failed");
        }
        Instant now = clock.instant();
        String outcome = rejected ? "REJECTED" : "VERIFIED";
        DocumentRow.Verification decision = new DocumentRow.Verification(outcome, actor.agencyId(),
                actor.displayName(), applicationId, grant.trackingNumber(), now, rejected ? reason : null);
        DocumentRow updated = store.decide(documentId, doc.version(), decision, now)
                .orElseThrow(() -> new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "detail.document-precondition-failed"));
        store.append(entry(access, actor, "VERIFY", now));
        if (events.isPresent()) {
            EventRecorder recorder = events.get();
            Set<String> applications = new HashSet<>();
            store.grantsInUse(documentId).stream()
                    .filter(g -> g.agencyId().equals(actor.agencyId()))
                    .sorted(Comparator.comparing(GrantRow::grantedAt))
                    .filter(g -> applications.add(g.applicationId()))
                    .forEach(g -> recorder.record(new NewEvent(rejected ? "DOCUMENT_REJECTED" : "DOCUMENT_VERIFIED",
                            now, g.agencyId(), g.regionCode(), g.applicationId(), g.trackingNumber(), g.serviceId(),
                            actor.eventRole(), null, null, null, documentId, doc.typeCode())));
        } else {
            LOG.warn("No EventRecorder: the decision on {} is recorded without its event", documentId);
        }
        return updated;
    }

    private AccessLogRow entry(Access access, Actors.Actor actor, String action, Instant at) {
        DocumentRow doc = access.document();
        return new AccessLogRow(ids.next("dal_"), doc.id(), doc.ownerId(), doc.typeCode(), at, action, actor.type(),
                actor.agencyId(), actor.officerName(), actor.clientName(), access.grant().applicationId(),
                access.grant().trackingNumber());
    }

    private static ProblemException notFound(String documentId) {
        return ProblemException.notFound("detail.document-not-found", documentId);
    }
}
