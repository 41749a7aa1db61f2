package id.mpp.server.domain.vault;

import java.time.Instant;

/**
 * An application's output to store in the applicant's vault.
 *
 * @param ownerAccountId the applicant
 * @param typeCode the service output's document type code
 * @param fileName the file name the citizen downloads it under (already safe)
 * @param mediaType {@code application/pdf} in this version
 * @param content the file, complete (outputs are small: generated one-page documents)
 */
public record DocumentIssue(String ownerAccountId, String typeCode, String fileName, String mediaType, byte[] content,
        String applicationId, String trackingNumber, String agencyId, Instant issuedAt, String verificationCode) {
}
