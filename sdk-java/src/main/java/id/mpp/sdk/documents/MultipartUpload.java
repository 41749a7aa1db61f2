package id.mpp.sdk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * The {@code multipart/form-data} body of {@code uploadDocument}, streamed: the parts {@code document_type},
 * {@code sha256}, optionally {@code title}, and then {@code file}, in the order the contract requires.
 *
 * <p>Only the small parts before and after the file are held in memory; the file is read from its source
 * through the HTTP client's fixed-size buffers each time the body is sent, so the body can be sent again on
 * a retry and a file of any size is uploaded in constant memory. The length is known in advance and sent
 * as {@code Content-Length}.
 */
final class MultipartUpload {

    private static final String CRLF = "\r\n";

    private final String boundary;
    private final byte[] head;
    private final byte[] tail;
    private final ContentSource file;
    private final long fileSize;

    /** Opens a fresh stream over the file's bytes, once per attempt. */
    @FunctionalInterface
    interface ContentSource {
        InputStream open() throws IOException;
    }

    MultipartUpload(String boundary, String documentType, String sha256, String title, String fileName,
            String mediaType, ContentSource file, long fileSize) {
        this.boundary = boundary;
        this.file = file;
        this.fileSize = fileSize;
        StringBuilder parts = new StringBuilder();
        field(parts, "document_type", documentType, false);
        field(parts, "sha256", sha256, false);
        if (title != null) {
            field(parts, "title", title, true);
        }
        parts.append("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(quote(fileName)).append('"')
                .append(CRLF)
                .append("Content-Type: ").append(mediaType).append(CRLF)
                .append(CRLF);
        this.head = parts.toString().getBytes(StandardCharsets.UTF_8);
        this.tail = (CRLF + "--" + boundary + "--" + CRLF).getBytes(StandardCharsets.UTF_8);
    }

    /** The request's {@code Content-Type}, naming the boundary. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body's exact length in bytes. */
    long contentLength() {
        return head.length + fileSize + tail.length;
    }

    /** A publisher of the body that reopens the file for every subscription (every attempt). */
    BodyPublisher publisher() {
        BodyPublisher stream = BodyPublishers.ofInputStream(this::openBody);
        return HttpRequest.BodyPublishers.fromPublisher(stream, contentLength());
    }

    /** The whole body as one stream: the leading parts, the file, the closing boundary. */
    InputStream openBody() {
        InputStream content;
        try {
            content = file.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document to upload", e);
        }
        return new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), content, new ByteArrayInputStream(tail))));
    }

    private void field(StringBuilder parts, String name, String value, boolean text) {
        parts.append("--").append(boundary).append(CRLF)
                .append("Content-Disposition: form-data; name=\"").append(name).append('"').append(CRLF);
        if (text) {
            parts.append("Content-Type: text/plain; charset=UTF-8").append(CRLF);
        }
        parts.append(CRLF).append(value).append(CRLF);
    }

    /** Escapes a file name for a quoted header parameter as browsers do (HTML's multipart/form-data encoding). */
    private static String quote(String fileName) {
        return fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
