package id.mpp.server.storage.document;

import java.time.Instant;

/** A row of {@code issued_document} (V9): the public facts of an issued document, kept after the vault copy. */
public record IssuedRow(String verificationCode, String documentId, String ownerId, String typeCode, String title,
        String sha256, String agencyId, String applicationId, String trackingNumber, Instant issuedAt,
        String status, Instant revokedAt, String holderNameMasked) {
}
