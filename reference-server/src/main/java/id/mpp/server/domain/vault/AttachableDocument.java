package id.mpp.server.domain.vault;

/**
 * A vault document as an application sees it when the citizen attaches it.
 *
 * @param id the document's ID ({@code doc_...})
 * @param typeCode its document type code ({@code KTP_EL}, ...)
 * @param status {@code UPLOADED}, {@code VERIFIED} or {@code REJECTED} (the contract's DocumentStatus)
 */
public record AttachableDocument(String id, String typeCode, String status) {
}
