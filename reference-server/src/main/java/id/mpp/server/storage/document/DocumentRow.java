package id.mpp.server.storage.document;

import java.time.Instant;

/**
 * A row of {@code vault_document} (V9): a visible document, its bytes under {@code blobKey}.
 *
 * @param verification the latest agency decision, or {@code null}
 * @param issuedCode the verification code of an issued document ({@code origin} ISSUED), else {@code null}
 */
public record DocumentRow(String id, String ownerId, String typeCode, String title, String fileName,
        String mediaType, long sizeBytes, String sha256, String blobKey, String status, String origin, long version,
        Instant createdAt, Instant updatedAt, Verification verification, String issuedCode) {

    public static final String UPLOADED = "UPLOADED";
    public static final String ISSUED = "ISSUED";

    public boolean issued() {
        return ISSUED.equals(origin);
    }

    /** The metadata's ETag: the version in double quotes. */
    public String etag() {
        return "\"" + version + "\"";
    }

    /** An agency's decision on the document. */
    public record Verification(String status, String agencyId, String verifiedBy, String applicationId,
            String trackingNumber, Instant verifiedAt, String reason) {
    }
}
