package id.mpp.server.domain.vault;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the applications side of the server asks of the document vault (the seam between the two; the vault
 * implements it, applications call it). Implementations join the caller's transaction when there is one, so that an
 * application and its grants are created, or not, together.
 */
public interface ApplicationVault {

    /**
     * The owner's own documents among {@code documentIds}, in no particular order. An ID that does not exist, was
     * deleted, or belongs to someone else is simply absent from the answer (never an error: the caller reports it
     * as a requirement not met, and must not learn whether another citizen's document exists).
     */
    List<AttachableDocument> findOwned(String ownerAccountId, Collection<String> documentIds);

    /**
     * Lets the application's agency read each document, for this application only, from {@code grantedAt} while
     * the application is open; each grant is also written to the document's access log (action GRANTED).
     */
    void grant(DocumentGrantRequest request);

    /**
     * Ends a grant made for the application on one document (a revision replaced it): it expires at {@code at}.
     */
    void endGrant(String applicationId, String documentId, Instant at);

    /**
     * The application closed (completed, rejected or cancelled) at {@code closedAt}: its grants expire at
     * {@code closedAt} plus the configured retention period, and its documents may be deleted again.
     */
    void closeGrants(String applicationId, Instant closedAt);

    /**
     * Stores an application's output in the applicant's vault as an issued document: origin ISSUED, status
     * VERIFIED, read-only (the citizen cannot delete or replace it), with the verification code the caller printed on it
     * ({@code DocumentIssue.verificationCode}, 16 Crockford base32 characters in four groups), which {@code
     * verifyIssuedDocument} then answers for.
     */
    IssuedDocumentReceipt issue(DocumentIssue issue);
}
