package id.mpp.server.domain.vault;

import java.time.Instant;
import java.util.List;

/**
 * Grants an agency read access to an application's documents (DocumentGrant in the contract). The application's
 * tracking number, service and region travel with the grant so that the vault can show them in the citizen's grant
 * list and put them into the events of its verifications without asking the applications side.
 */
public record DocumentGrantRequest(String applicationId, String trackingNumber, String serviceId, String regionCode,
        String agencyId, String ownerAccountId, List<String> documentIds, Instant grantedAt) {

    public DocumentGrantRequest {
        documentIds = List.copyOf(documentIds);
    }
}
