package id.mpp.sdk.documents;

import id.mpp.sdk.errors.MppException;

/**
 * The SHA-256 of a document's bytes is not the one the vault declared for them: the content was damaged or
 * changed on the way, and must not be used.
 *
 * <p>A download to a {@code Path} leaves no file behind when this is thrown; a download to an
 * {@code OutputStream} has already written the bytes, which the caller must discard.
 */
public class ChecksumMismatchException extends MppException {

    private static final long serialVersionUID = 1L;

    private final String documentId;
    private final String expectedSha256;
    private final String actualSha256;

    /** Creates the exception for the document {@code documentId}, whose bytes hash to {@code actualSha256}. */
    public ChecksumMismatchException(String documentId, String expectedSha256, String actualSha256) {
        super("The SHA-256 of document " + documentId + " is " + actualSha256 + " but the vault declared "
                + expectedSha256 + ": the content was damaged or changed and must not be used");
        this.documentId = documentId;
        this.expectedSha256 = expectedSha256;
        this.actualSha256 = actualSha256;
    }

    /** The document's ID. */
    public String documentId() {
        return documentId;
    }

    /** The SHA-256 the vault declared (lower-case hexadecimal). */
    public String expectedSha256() {
        return expectedSha256;
    }

    /** The SHA-256 of the bytes actually received or sent (lower-case hexadecimal). */
    public String actualSha256() {
        return actualSha256;
    }
}
