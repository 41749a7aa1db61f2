package id.mpp.server.storage.document;

import java.util.List;

/** A row of {@code document_type} (V8). {@code mediaTypes} in the order stored. */
public record DocumentTypeRow(String code, String nameId, String nameEn, String descriptionId, String descriptionEn,
        String category, String issuingAuthorityId, String issuingAuthorityEn, List<String> mediaTypes,
        long maxSizeBytes, boolean issuedAsServiceOutput, boolean issuedOnly, boolean specificPersonalData) {

    public DocumentTypeRow {
        mediaTypes = List.copyOf(mediaTypes);
    }

    public boolean allows(String mediaType) {
        return mediaTypes.contains(mediaType);
    }
}
