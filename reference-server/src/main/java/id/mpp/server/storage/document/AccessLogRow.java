package id.mpp.server.storage.document;

import java.time.Instant;

/**
 * A row of {@code document_access_log} (V9), append-only.
 *
 * @param action {@code DOWNLOAD}, {@code READ_METADATA}, {@code VERIFY} (served), {@code GRANT}, {@code DELETE}
 * @param actorType {@code CITIZEN}, {@code OFFICER}, {@code AGENCY_SYSTEM}, or {@code SYSTEM} (the server itself)
 */
public record AccessLogRow(String id, String documentId, String ownerId, String typeCode, Instant accessedAt,
        String action, String actorType, String agencyId, String officerName, String clientName,
        String applicationId, String trackingNumber) {
}
