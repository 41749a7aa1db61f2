package id.mpp.sdk.documents;

import java.util.Objects;
import java.util.Optional;

/** What a verified download received: the content's SHA-256 and size, its media type and its file name. */
public final class DownloadResult {

    private final String documentId;
    private final String sha256;
    private final long sizeBytes;
    private final String mediaType;
    private final String fileName;

    /** Creates a result; {@code mediaType} and {@code fileName} may be {@code null} when the server sent none. */
    public DownloadResult(String documentId, String sha256, long sizeBytes, String mediaType, String fileName) {
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    /** The document's ID. */
    public String documentId() {
        return documentId;
    }

    /** The SHA-256 of the bytes received, in lower-case hexadecimal: checked equal to the vault's. */
    public String sha256() {
        return sha256;
    }

    /** The number of bytes received. */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** The content's media type ({@code Content-Type}), such as {@code application/pdf}. */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** The sanitised file name from {@code Content-Disposition}, for display only: never use it as a path. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    @Override
    public String toString() {
        return "DownloadResult[documentId=" + documentId + ", sha256=" + sha256 + ", sizeBytes=" + sizeBytes + "]";
    }
}
