package id.mpp.server.http.document;

import id.mpp.server.domain.vault.ByteRange;
import id.mpp.server.http.problem.ProblemException;
import id.mpp.server.http.problem.ProblemType;
import id.mpp.server.storage.document.BlobStore;
import id.mpp.server.storage.document.DocumentRow;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The content responses of {@code downloadDocument} and {@code downloadApplicationDocument} (DOC-019 to DOC-022):
 * streamed from the blob store, never buffered whole; {@code If-None-Match} before {@code Range}.
 */
@Singleton
class Downloads {

    private final BlobStore blobs;
    private final ErrorResponseProcessor<?> problems;

    Downloads(BlobStore blobs, ErrorResponseProcessor<?> problems) {
        this.blobs = blobs;
        this.problems = problems;
    }

    /** What a download will answer, decided before anything is logged or read. */
    sealed interface Plan permits NotModified, Unsatisfiable, Content {
    }

    record NotModified() implements Plan {
    }

    record Unsatisfiable() implements Plan {
    }

    /** @param range null for the whole content */
    record Content(ByteRange range) implements Plan {
    }

    static String etag(DocumentRow doc) {
        return "\"" + doc.sha256() + "\"";
    }

    Plan plan(DocumentRow doc, String range, String ifNoneMatch) {
        if (ifNoneMatch != null && matches(ifNoneMatch, etag(doc))) {
            return new NotModified();
        }
        ByteRange.Reading reading = ByteRange.read(range, doc.sizeBytes());
        if (reading instanceof ByteRange.Unsatisfiable) {
            return new Unsatisfiable();
        }
        return new Content(reading instanceof ByteRange.Partial partial ? partial.range() : null);
    }

    /** The response for a plan; for {@link Content} the stream is opened here and closed by the server. */
    MutableHttpResponse<?> respond(HttpRequest<?> request, DocumentRow doc, Plan plan, String range) {
        if (plan instanceof NotModified) {
            return HttpResponse.status(HttpStatus.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag(doc))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (plan instanceof Unsatisfiable) {
            MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + doc.sizeBytes());
            return problems.processResponse(ErrorContext.builder(request)
                    .cause(new ProblemException(ProblemType.RANGE_NOT_SATISFIABLE, "detail.range-not-satisfiable",
                            range, Long.toString(doc.sizeBytes())))
                    .build(), response);
        }
        ByteRange byteRange = ((Content) plan).range();
        long offset = byteRange == null ? 0 : byteRange.first();
        long length = byteRange == null ? doc.sizeBytes() : byteRange.length();
        InputStream content;
        try {
            content = blobs.open(doc.blobKey(), offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MutableHttpResponse<StreamedFile> response = HttpResponse.<StreamedFile>status(
                byteRange == null ? HttpStatus.OK : HttpStatus.PARTIAL_CONTENT)
                .body(new StreamedFile(content, MediaType.of(doc.mediaType()), -1, length));
        if (byteRange != null) {
            response.header(HttpHeaders.CONTENT_RANGE,
                    "bytes " + byteRange.first() + "-" + byteRange.last() + "/" + doc.sizeBytes());
        }
        return response.contentType(doc.mediaType())
                .contentLength(length)
                .header(HttpHeaders.ETAG, etag(doc))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(doc.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes");
    }

    /** RFC 6266: {@code filename} in ASCII (others as {@code _}), {@code filename*} in UTF-8, percent-encoded. */
    static String disposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
