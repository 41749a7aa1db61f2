package id.mpp.server.domain.event;

import java.time.Instant;

/**
 * An event to record. Thin by design (UU 27/2022): no personal data.
 *
 * @param type the contract's EventType ({@code APPLICATION_SUBMITTED}, ...)
 * @param occurredAt when it happened
 * @param agencyId the agency whose application it is (the feed it goes to)
 * @param regionCode the agency's region
 * @param applicationId the application
 * @param trackingNumber its tracking number
 * @param serviceId its service
 * @param actorRole {@code CITIZEN}, {@code OFFICER} or {@code SYSTEM}
 * @param fromStatus the status before (null for {@code APPLICATION_SUBMITTED} and document and survey events)
 * @param toStatus the status after (null for document and survey events)
 * @param action the state machine's action, when the change was made through one (null otherwise)
 * @param documentId the document, for {@code DOCUMENT_VERIFIED} and {@code DOCUMENT_REJECTED} (null otherwise)
 * @param documentTypeCode the document's type, likewise
 */
public record NewEvent(String type, Instant occurredAt, String agencyId, String regionCode, String applicationId,
        String trackingNumber, String serviceId, String actorRole, String fromStatus, String toStatus, String action,
        String documentId, String documentTypeCode) {
}
