package id.mpp.server.domain.application;

/**
 * A document the citizen attaches to an application for a requirement (the contract's
 * ApplicationDocumentReference).
 *
 * @param documentType the requirement's document type code the citizen names
 * @param documentId the vault document's ID
 */
public record AttachedDocument(String documentType, String documentId) {
}
