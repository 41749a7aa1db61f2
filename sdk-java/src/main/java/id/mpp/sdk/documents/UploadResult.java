package id.mpp.sdk.documents;

import id.mpp.sdk.generated.model.Document;
import java.util.Objects;

/**
 * The outcome of an upload: the document in the vault, and whether the vault already held it.
 *
 * <p>The vault keeps each content once per document type: uploading the same bytes again as the same type
 * stores nothing and answers the document already there ({@code 200}) instead of a new one ({@code 201}).
 */
public final class UploadResult {

    private final Document document;
    private final boolean alreadyStored;

    /** Creates a result for {@code document}; {@code alreadyStored} when the server answered {@code 200}. */
    public UploadResult(Document document, boolean alreadyStored) {
        this.document = Objects.requireNonNull(document, "document");
        this.alreadyStored = alreadyStored;
    }

    /** The document: the new one, or the one the vault already held with the same type and SHA-256. */
    public Document document() {
        return document;
    }

    /** Whether the vault already held this content as this type, so that nothing new was stored. */
    public boolean alreadyStored() {
        return alreadyStored;
    }

    @Override
    public String toString() {
        return "UploadResult[document=" + document.getId() + ", alreadyStored=" + alreadyStored + "]";
    }
}
