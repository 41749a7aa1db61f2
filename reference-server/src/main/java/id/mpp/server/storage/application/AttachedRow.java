package id.mpp.server.storage.application;

/**
 * A document attached to an application and not replaced (table {@code application_document}).
 *
 * @param attachedStatus the document's vault status when it was attached
 */
public record AttachedRow(String documentType, String documentId, String attachedStatus) {
}
