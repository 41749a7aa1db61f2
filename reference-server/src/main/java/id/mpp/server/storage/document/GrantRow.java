package id.mpp.server.storage.document;

import java.time.Instant;

/**
 * A row of {@code document_grant} (V9).
 *
 * @param closedAt when the application closed, or {@code null} while it is open
 * @param endedAt when a revision replaced the document, or {@code null}
 * @param expiresAt when the grant stops (or stopped) letting the agency read, or {@code null} while open-ended
 */
public record GrantRow(String id, String documentId, String ownerId, String typeCode, String applicationId,
        String trackingNumber, String serviceId, String regionCode, String agencyId, Instant grantedAt,
        Instant closedAt, Instant endedAt, Instant expiresAt) {

    /** Whether the agency may still read the document through this grant at {@code now}. */
    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    /** Whether the application is open and still references the document. */
    public boolean inUse() {
        return closedAt == null && endedAt == null && expiresAt == null;
    }
}
