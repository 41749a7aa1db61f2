package id.mpp.sdk.documents;

import id.mpp.sdk.errors.MppException;
import id.mpp.sdk.errors.MppTransportException;
import id.mpp.sdk.generated.model.Document;
import id.mpp.sdk.generated.model.DocumentList;
import id.mpp.sdk.http.ApiTransport;
import id.mpp.sdk.http.ApiTransport.Retryability;
import id.mpp.sdk.http.RequestOptions;
import id.mpp.sdk.pagination.Page;
import id.mpp.sdk.pagination.PagedIterable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed-in citizen's document vault: upload, list, read, download and delete documents.
 *
 * <p>Uploads and downloads stream: the SHA-256 is computed through a fixed-size buffer, never by holding a
 * file in memory, and is checked both ways: the server refuses an upload whose bytes do not match the
 * declared {@code sha256}, and a download whose bytes do not match the vault's SHA-256 throws
 * {@link ChecksumMismatchException}. Thread-safe.
 *
 * <pre>{@code
 * UploadResult result = client.documents().upload(r -> r.documentType("KTP_EL").title("KTP-el"), Path.of("ktp.pdf"));
 * client.documents().download(result.document().getId(), Path.of("copy.pdf"));
 * }</pre>
 */
public final class Documents {

    private static final String COLLECTION = "/v1/documents";
    private static final Pattern CONTENT_ETAG = Pattern.compile("^\"([0-9a-f]{64})\"$");
    private static final int BOUNDARY_BYTES = 16;

    private final ApiTransport transport;
    private final Path spoolDirectory;
    private final SecureRandom random;

    /** Creates the resource group over {@code transport}; stream uploads are spooled to the default temporary directory. */
    public Documents(ApiTransport transport) {
        this(transport, null);
    }

    /**
     * Creates the resource group over {@code transport}, spooling stream uploads to {@code spoolDirectory}.
     *
     * @param spoolDirectory where an {@code InputStream} upload is written while its SHA-256 is computed, or
     *     {@code null} for the default temporary directory
     */
    public Documents(ApiTransport transport, Path spoolDirectory) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.spoolDirectory = spoolDirectory;
        this.random = new SecureRandom();
    }

    /**
     * Uploads a file into the vault, or answers the document already there with the same type and content.
     *
     * <p>The file is read twice, through a fixed buffer: once for its SHA-256 (which the contract wants before
     * the bytes), once while sending it. Without a media type in the request, the one its leading bytes show
     * is declared, else the one its extension names. Retried by the transport's policy, under one
     * idempotency key, because the file can be read again.
     *
     * @throws MppException the API's problem (for example {@code checksum-mismatch} when the file changed
     *     while it was sent, {@code content-type-mismatch}, {@code payload-too-large}), a transport failure, or
     *     a failure to read the file
     */
    public UploadResult upload(UploadDocumentRequest request, Path file) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(file, "file");
        ContentDigest digest;
        try {
            digest = ContentDigest.of(file);
        } catch (IOException e) {
            throw new MppException("Cannot read the document to upload, " + file + ": " + e.getMessage(), e);
        }
        String fileName = request.fileName().orElseGet(() -> String.valueOf(file.getFileName()));
        return send(request, digest, fileName, () -> Files.newInputStream(file));
    }

    /** Uploads a file, with the request built by {@code request}; see {@link #upload(UploadDocumentRequest, Path)}. */
    public UploadResult upload(Consumer<UploadDocumentRequest.Builder> request, Path file) {
        return upload(UploadDocumentRequest.of(request), file);
    }

    /**
     * Uploads the content of a stream into the vault, or answers the document already there.
     *
     * <p>The contract wants the SHA-256 before the bytes, so the stream is first copied to a temporary file
     * (readable by its owner only) while it is hashed, through a fixed buffer; the upload is then sent from
     * that file, which is deleted afterwards. The stream is read to its end and not closed.
     *
     * @throws MppException the API's problem, a transport failure, or a failure to read the stream or to
     *     write the temporary file
     */
    public UploadResult upload(UploadDocumentRequest request, InputStream content) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(content, "content");
        Path spool = null;
        try {
            spool = spoolDirectory == null ? Files.createTempFile("mpp-upload-", ".part")
                    : Files.createTempFile(spoolDirectory, "mpp-upload-", ".part");
            ContentDigest digest;
            try (OutputStream out = Files.newOutputStream(spool)) {
                digest = ContentDigest.copy(content, out);
            }
            Path spooled = spool;
            String fileName = request.fileName().orElseGet(() -> request.documentType().toLowerCase(Locale.ROOT)
                    + MediaTypes.extension(request.mediaType().orElseGet(() -> MediaTypes.detect(digest.head(), null))));
            return send(request, digest, fileName, () -> Files.newInputStream(spooled));
        } catch (IOException e) {
            throw new MppException("Cannot spool the document to upload: " + e.getMessage(), e);
        } finally {
            deleteQuietly(spool);
        }
    }

    /** Uploads a stream, with the request built by {@code request}; see {@link #upload(UploadDocumentRequest, InputStream)}. */
    public UploadResult upload(Consumer<UploadDocumentRequest.Builder> request, InputStream content) {
        return upload(UploadDocumentRequest.of(request), content);
    }

    /** Lists every document of the citizen, newest first, fetching pages as they are iterated. */
    public PagedIterable<Document> list() {
        return list(DocumentQuery.none(), RequestOptions.none());
    }

    /** Lists the citizen's documents that match {@code query}, newest first, fetching pages as they are iterated. */
    public PagedIterable<Document> list(DocumentQuery query) {
        return list(query, RequestOptions.none());
    }

    /** Lists the documents that match the query built by {@code query}: {@code list(q -> q.documentType("KTP_EL"))}. */
    public PagedIterable<Document> list(Consumer<DocumentQuery.Builder> query) {
        return list(DocumentQuery.of(query), RequestOptions.none());
    }

    /**
     * Lists the citizen's documents that match {@code query}, with {@code options} on every page's request.
     * Nothing is fetched until the answer is iterated; a page that cannot be read throws {@link MppException}
     * from the iteration.
     */
    public PagedIterable<Document> list(DocumentQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        return PagedIterable.of(token -> {
            DocumentList page = listPage(query, token, options);
            return Page.of(page.getItems(), page.getNextPageToken());
        });
    }

    /**
     * Reads one document's metadata.
     *
     * @throws MppException the API's problem ({@code not-found} also for another citizen's document) or a
     *     transport failure
     */
    public Document get(String documentId) {
        return get(documentId, RequestOptions.none());
    }

    /** Reads one document's metadata, with per-request options; see {@link #get(String)}. */
    public Document get(String documentId, RequestOptions options) {
        HttpRequest.Builder http = HttpRequest.newBuilder(transport.resolve(documentPath(documentId))).GET()
                .header("Accept", "application/json");
        return readJson(transport.send(http, BodyHandlers.ofByteArray(), options, Retryability.RETRYABLE),
                Document.class);
    }

    /**
     * Deletes a document as last read: only if its {@code version} is still current ({@code If-Match}).
     *
     * @throws MppException the API's problem ({@code document-in-use} while an open application uses it,
     *     {@code precondition-failed} when it changed since it was read) or a transport failure
     */
    public void delete(Document document) {
        Objects.requireNonNull(document, "document");
        delete(document.getId(), Objects.requireNonNull(document.getVersion(), "document.version"), RequestOptions.none());
    }

    /**
     * Deletes a document if its {@code version} is still {@code version}: its {@code ETag} is that number in
     * double quotes, sent as {@code If-Match}.
     *
     * @throws MppException the API's problem or a transport failure
     */
    public void delete(String documentId, long version) {
        delete(documentId, version, RequestOptions.none());
    }

    /** Deletes a document if its {@code version} is still {@code version}, with per-request options; see {@link #delete(String, long)}. */
    public void delete(String documentId, long version, RequestOptions options) {
        HttpRequest.Builder http = HttpRequest.newBuilder(transport.resolve(documentPath(documentId))).DELETE()
                .header("If-Match", "\"" + version + "\"");
        transport.send(http, BodyHandlers.discarding(), options, Retryability.RETRYABLE);
    }

    /**
     * Downloads a document's content into {@code target}, replacing it, and verifies its SHA-256.
     *
     * <p>The bytes go to a temporary file beside {@code target}, which is moved into place (atomically where
     * the file system can) only once the SHA-256 matches; on any failure no file is left behind and an
     * existing {@code target} is untouched. On a POSIX file system the file is readable by its owner only,
     * as personal documents should be.
     *
     * @throws ChecksumMismatchException when the bytes do not match the vault's SHA-256
     * @throws MppException the API's problem, a transport failure, or a failure to write the file
     */
    public DownloadResult download(String documentId, Path target) {
        return download(documentId, target, RequestOptions.none());
    }

    /** Downloads a document's content into {@code target}, with per-request options; see {@link #download(String, Path)}. */
    public DownloadResult download(String documentId, Path target, RequestOptions options) {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            DownloadResult result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = download(documentId, out, options);
            }
            moveIntoPlace(temporary, absolute);
            return result;
        } catch (IOException e) {
            throw new MppException("Cannot write document " + documentId + " to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Downloads a document's content into {@code out} and verifies its SHA-256; {@code out} is not closed.
     *
     * <p>The bytes are written as they arrive: when this throws {@link ChecksumMismatchException}, what was
     * written is damaged and must be discarded.
     *
     * @throws ChecksumMismatchException when the bytes do not match the vault's SHA-256
     * @throws MppTransportException when the connection broke off during the content
     * @throws MppException the API's problem, or a failure to write to {@code out}
     */
    public DownloadResult download(String documentId, OutputStream out) {
        return download(documentId, out, RequestOptions.none());
    }

    /** Downloads a document's content into {@code out}, with per-request options; see {@link #download(String, OutputStream)}. */
    public DownloadResult download(String documentId, OutputStream out, RequestOptions options) {
        Objects.requireNonNull(out, "out");
        HttpRequest.Builder http = HttpRequest.newBuilder(transport.resolve(documentPath(documentId) + "/content"))
                .GET().header("Accept", "*/*");
        HttpResponse<InputStream> response = transport.send(http, BodyHandlers.ofInputStream(), options,
                Retryability.RETRYABLE);
        MessageDigest sha256 = ContentDigest.newSha256();
        long size = 0;
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new MppException("Downloading document " + documentId + " answered HTTP " + response.statusCode()
                        + " instead of 200 with the whole content");
            }
            byte[] buffer = new byte[ContentDigest.BUFFER_SIZE];
            for (int read = readBody(body, buffer, documentId, size); read != -1;
                    read = readBody(body, buffer, documentId, size)) {
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new MppException("Cannot write document " + documentId + ": " + e.getMessage(), e);
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        String expected = expectedSha256(response, documentId, options);
        if (!expected.equals(actual)) {
            throw new ChecksumMismatchException(documentId, expected, actual);
        }
        return new DownloadResult(documentId, actual, size, response.headers().firstValue("Content-Type").orElse(null),
                ContentDisposition.fileName(response.headers().firstValue("Content-Disposition").orElse(null))
                        .orElse(null));
    }

    private static int readBody(InputStream body, byte[] buffer, String documentId, long received) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new MppTransportException("The download of document " + documentId + " broke off after " + received
                    + " bytes: " + e, e);
        }
    }

    private UploadResult send(UploadDocumentRequest request, ContentDigest digest, String fileName,
            MultipartUpload.ContentSource content) {
        String mediaType = request.mediaType().orElseGet(() -> MediaTypes.detect(digest.head(), fileName));
        MultipartUpload body = new MultipartUpload(newBoundary(), request.documentType(), digest.sha256(),
                request.title().orElse(null), fileName, mediaType, content, digest.size());
        HttpRequest.Builder http = HttpRequest.newBuilder(transport.resolve(COLLECTION))
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(body.publisher());
        HttpResponse<byte[]> response = transport.send(http, BodyHandlers.ofByteArray(), request.options(),
                Retryability.RETRYABLE);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new MppException("Uploading a document answered HTTP " + response.statusCode() + " instead of 200 or 201");
        }
        Document document = readJson(response, Document.class);
        if (!digest.sha256().equals(document.getSha256())) {
            throw new ChecksumMismatchException(document.getId(), document.getSha256(), digest.sha256());
        }
        return new UploadResult(document, response.statusCode() == 200);
    }

    private DocumentList listPage(DocumentQuery query, String pageToken, RequestOptions options) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        query.documentType().ifPresent(value -> parameters.add("document_type=" + encode(value)));
        query.status().ifPresent(value -> parameters.add("status=" + encode(value.getValue())));
        query.origin().ifPresent(value -> parameters.add("origin=" + encode(value.getValue())));
        query.pageSize().ifPresent(value -> parameters.add("page_size=" + value));
        if (pageToken != null) {
            parameters.add("page_token=" + encode(pageToken));
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(transport.resolve(COLLECTION + parameters)).GET()
                .header("Accept", "application/json");
        return readJson(transport.send(http, BodyHandlers.ofByteArray(), options, Retryability.RETRYABLE),
                DocumentList.class);
    }

    private String expectedSha256(HttpResponse<?> response, String documentId, RequestOptions options) {
        Matcher etag = CONTENT_ETAG.matcher(response.headers().firstValue("ETag").orElse(""));
        if (etag.matches()) {
            return etag.group(1);
        }
        // No content ETag (a proxy may strip it): the metadata's sha256 is the same promise.
        return get(documentId, options).getSha256();
    }

    private <T> T readJson(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return transport.objectMapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new MppException("The answer to " + response.request().method() + " " + response.uri().getPath()
                    + " is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private String newBoundary() {
        byte[] bytes = new byte[BOUNDARY_BYTES];
        random.nextBytes(bytes);
        return "mpp-sdk-" + HexFormat.of().formatHex(bytes);
    }

    private static String documentPath(String documentId) {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("documentId must not be blank");
        }
        return COLLECTION + "/" + encode(documentId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Nothing more can be done; the caller's outcome matters more than a leftover temporary file.
            }
        }
    }
}
