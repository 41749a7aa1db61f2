package id.mpp.server.storage.document;

/** The owner already holds a document of this type with this content (the upload-once constraint). */
public final class DuplicateContentException extends RuntimeException {

    public DuplicateContentException(Throwable cause) {
        super("The owner already holds this content as a document of this type", cause, false, false);
    }
}
