package id.mpp.server.http.document;

import id.mpp.server.domain.ids.Ulids;
import id.mpp.server.domain.vault.FileNames;
import id.mpp.server.domain.vault.MediaTypes;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.document.BlobStore;
import id.mpp.server.storage.document.BlobStore.BlobWriter;
import id.mpp.server.storage.document.BlobStore.StoredBlob;
import id.mpp.server.storage.document.DocumentRow;
import id.mpp.server.storage.document.DocumentTypeRow;
import id.mpp.server.storage.document.DuplicateContentException;
import id.mpp.server.storage.document.VaultSettings;
import id.mpp.server.storage.document.VaultStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code uploadDocument}, streaming (DOC-003 to DOC-015): reads the multipart body part by part as it arrives
 * ({@link MultipartStream}), checks the type, checksum and title before the file, refuses a file whose declared media
 * type the type does not allow before reading it, sniffs its leading bytes, counts and hashes its bytes while writing
 * them to a new blob, stops at the first byte past the type's limit, and compares the hash at the end. Only then is
 * the blob committed and the document's row inserted; on every refusal or failure the blob is discarded, so nothing
 * partial is ever stored or listed. Memory: one 64 KiB parse buffer and one 64 KiB copy buffer per upload.
 */
@Singleton
public class DocumentUploads {
    /**
     * A file part before {@code document_type} or {@code sha256}: the parts not yet seen are missing where the
     * contract requires them (REQUIRED, DOC-007), and the file is out of order (PART_ORDER). The rest of the body
     * is never read to find out whether they come later: the server cannot hold the file to wait for them.
     */
    private static ProblemException fileTooEarly(String typeCode, String sha256) {
        List<ProblemException.Violation> violations = new ArrayList<>();
        if (typeCode == null) {
            violations.add(new ProblemException.Violation("#/multipart/" + DOCUMENT_TYPE, "REQUIRED"));
        }
        if (sha256 == null) {
            violations.add(new ProblemException.Violation("#/multipart/" + SHA, "REQUIRED"));
        }
        violations.add(new ProblemException.Violation("#/multipart/" + FILE, "PART_ORDER"));
        return ProblemException.withViolations(ProblemType.VALIDATION_ERROR, violations, "detail.validation-error");
    }

    private static final Pattern TYPE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,47}$");
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    private static final int SMALL_PART = 1024;
    /** What the parts before the file and the multipart framing may add to the file's size in Content-Length. */
    private static final long FRAMING_ALLOWANCE = 16 * 1024;
    private static final String DOCUMENT_TYPE = "document_type";
    private static final String SHA = "sha256";
    private static final String TITLE = "title";
    private static final String FILE = "file";

    private final VaultStore store;
    private final BlobStore blobs;
    private final VaultSettings settings;
    private final Clock clock;
    private final Ulids ids;

    DocumentUploads(VaultStore store, BlobStore blobs, VaultSettings settings, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.settings = settings;
        this.clock = clock;
        this.ids = new Ulids(clock);
    }

    /** The outcome: the document, and whether it is new (201) or one the owner already held (200). */
    public record Outcome(DocumentRow document, boolean created) {
    }

    /** Reads the whole upload from {@code body} and stores it for {@code ownerId}. */
    public Outcome upload(String ownerId, String contentType, long contentLength, InputStream body) {
        String boundary = MultipartStream.boundaryOf(contentType);
        if (boundary == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.upload-not-multipart");
        }
        MultipartStream parts = new MultipartStream(body, boundary);
        Set<String> seen = new HashSet<>();
        String typeCode = null;
        String sha256 = null;
        String title = null;
        Received file = null;
        try {
            try {
                for (MultipartStream.Part part = parts.nextPart(); part != null; part = parts.nextPart()) {
                    String name = part.name() == null ? "" : part.name();
                    if (file != null) {
                        throw ProblemException.invalid("#/multipart/" + name, "PART_ORDER");
                    }
                    boolean known = name.equals(DOCUMENT_TYPE) || name.equals(SHA) || name.equals(TITLE)
                            || name.equals(FILE);
                    if (!known) {
                        parts.readSmall(0);
                        continue;
                    }
                    if (!seen.add(name)) {
                        throw ProblemException.invalid("#/multipart/" + name, "DUPLICATE_PART");
                    }
                    switch (name) {
                        case DOCUMENT_TYPE -> typeCode = text(parts, name);
                        case SHA -> sha256 = text(parts, name);
                        case TITLE -> title = text(parts, name);
                        default -> {
                            if (typeCode == null || sha256 == null) {
                                throw fileTooEarly(typeCode, sha256);
                            }
                            DocumentTypeRow type = checkFields(typeCode, sha256, title);
                            long limit = limitOf(type);
                            if (contentLength > limit + FRAMING_ALLOWANCE) {
                                throw tooLarge(type, limit);
                            }
                            file = receive(parts, part, type, limit);
                        }
                    }
                }
            } catch (MultipartStream.MalformedException e) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "detail.upload-malformed", e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (typeCode == null) {
                throw ProblemException.invalid("#/multipart/document_type", "REQUIRED");
            }
            if (sha256 == null) {
                throw ProblemException.invalid("#/multipart/sha256", "REQUIRED");
            }
            DocumentTypeRow type = checkFields(typeCode, sha256, title);
            if (file == null) {
                throw ProblemException.invalid("#/multipart/file", "REQUIRED");
            }
            if (!file.writer().sha256().equals(sha256)) {
                throw new ProblemException(ProblemType.CHECKSUM_MISMATCH, "detail.checksum-mismatch");
            }
            Optional<DocumentRow> existing = store.byContent(ownerId, typeCode, sha256);
            if (existing.isPresent()) {
                file.writer().abort();
                return new Outcome(existing.get(), false);
            }
            StoredBlob blob = file.writer().commit();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            DocumentRow row = new DocumentRow(ids.next("doc_"), ownerId, typeCode,
                    title == null ? type.nameId() : title,
                    FileNames.sanitise(file.fileName(), typeCode, file.mediaType()), file.mediaType(), blob.size(),
                    blob.sha256(), blob.key(), DocumentRow.UPLOADED, DocumentRow.UPLOADED, 1, now, now, null, null);
            try {
                store.insert(row);
            } catch (DuplicateContentException race) {
                destroy(blob.key());
                return new Outcome(store.byContent(ownerId, typeCode, sha256).orElseThrow(), false);
            } catch (RuntimeException e) {
                destroy(blob.key());
                throw e;
            }
            return new Outcome(row, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.writer().abort(); // no-op once committed
            }
        }
    }

    private void destroy(String key) {
        try {
            blobs.destroy(key);
        } catch (IOException ignored) {
            // An orphan blob: removed at the next start.
        }
    }

    private record Received(BlobWriter writer, String mediaType, String fileName) {
    }

    /** Streams the file part into a new blob, checking media type, magic number and size on the way. */
    private Received receive(MultipartStream parts, MultipartStream.Part part, DocumentTypeRow type, long limit)
            throws IOException {
        String declared = part.contentType();
        if (declared != null && !declared.equals("application/octet-stream")) {
            if (!MediaTypes.stored(declared) || !type.allows(declared)) {
                throw notAllowed(type, declared);
            }
        }
        byte[] buffer = new byte[64 * 1024];
        int leading = 0;
        while (leading < MediaTypes.SNIFF_LENGTH) {
            int n = parts.read(buffer, leading, MediaTypes.SNIFF_LENGTH - leading);
            if (n < 0) {
                break;
            }
            leading += n;
        }
        Optional<String> shown = MediaTypes.sniff(buffer, leading);
        String mediaType;
        if (declared == null || declared.equals("application/octet-stream")) {
            if (shown.isEmpty()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.document-media-type-unknown");
            }
            mediaType = shown.get();
            if (!type.allows(mediaType)) {
                throw notAllowed(type, mediaType);
            }
        } else {
            if (shown.isEmpty() || !shown.get().equals(declared)) {
                throw new ProblemException(ProblemType.CONTENT_TYPE_MISMATCH, "detail.content-type-mismatch",
                        declared);
            }
            mediaType = declared;
        }
        BlobWriter writer = blobs.create();
        try {
            writer.write(buffer, 0, leading);
            for (int n = parts.read(buffer, 0, buffer.length); n >= 0; n = parts.read(buffer, 0, buffer.length)) {
                if (writer.size() + n > limit) {
                    throw tooLarge(type, limit);
                }
                writer.write(buffer, 0, n);
            }
            return new Received(writer, mediaType, part.fileName());
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    private DocumentTypeRow checkFields(String typeCode, String sha256, String title) {
        if (!TYPE_CODE.matcher(typeCode).matches()) {
            throw ProblemException.invalid("#/multipart/document_type", "INVALID_FORMAT");
        }
        DocumentTypeRow type = store.type(typeCode)
                .orElseThrow(() -> ProblemException.invalid("#/multipart/document_type", "UNKNOWN"));
        if (!SHA256.matcher(sha256).matches()) {
            throw ProblemException.invalid("#/multipart/sha256", "INVALID_FORMAT");
        }
        if (title != null) {
            int length = title.codePointCount(0, title.length());
            if (length < 1) {
                throw ProblemException.invalid("#/multipart/title", "TOO_SHORT");
            }
            if (length > 120) {
                throw ProblemException.invalid("#/multipart/title", "TOO_LONG");
            }
            if (title.codePoints().anyMatch(c -> c <= 0x1F || (c >= 0x7F && c <= 0x9F))) {
                throw ProblemException.invalid("#/multipart/title", "INVALID_FORMAT");
            }
        }
        return type;
    }

    private long limitOf(DocumentTypeRow type) {
        return settings.getSizeLimitOverride() > 0 ? settings.getSizeLimitOverride() : type.maxSizeBytes();
    }

    /** The type's limit as the contract serves it (the override, when set). */
    long servedLimit(DocumentTypeRow type) {
        return limitOf(type);
    }

    private static ProblemException tooLarge(DocumentTypeRow type, long limit) {
        return ProblemException.payloadTooLarge(limit, "detail.document-too-large", type.nameId(),
                Long.toString(limit));
    }

    private static ProblemException notAllowed(DocumentTypeRow type, String mediaType) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.document-media-type-not-allowed",
                type.nameId(), String.join(", ", type.mediaTypes()), mediaType);
    }

    /** A small text part as UTF-8; a validation error when it is too long or not UTF-8. */
    private static String text(MultipartStream parts, String name) throws IOException {
        byte[] bytes = parts.readSmall(SMALL_PART);
        String pointer = "#/multipart/" + name;
        if (bytes == null) {
            throw ProblemException.invalid(pointer, TITLE.equals(name) ? "TOO_LONG" : "INVALID_FORMAT");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(pointer, "INVALID_FORMAT");
        }
    }
}
