package id.mpp.conformance.tests;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.api.Profile;
import id.mpp.conformance.api.Requirement;
import id.mpp.conformance.api.TestContext;
import id.mpp.conformance.http.Exchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import javax.net.ssl.SSLSocketFactory;

/**
 * An upload the client abandons halfway. The suite's HTTP client cannot stop a body in the middle, so this test
 * writes the request itself on a socket, sends half of it and drops the connection.
 */
@Profile("documents")
public class InterruptedUploadTests {

    @Requirement({"DOC-015"})
    public void anUploadCutOffByTheClientLeavesNoDocument(TestContext ctx) {
        Documents.Owner owner = Documents.owner(ctx);
        byte[] content = new byte[256 * 1024];
        byte[] pdf = Documents.pdf();
        System.arraycopy(pdf, 0, content, 0, pdf.length);
        Arrays.fill(content, pdf.length, content.length, (byte) 'x');
        Documents.Multipart body = Documents.multipart(Documents.parts("KTP_EL", content, "application/pdf"));

        sendHalfAndDrop(ctx.baseUrl(), owner.bearer(), body);

        assertThat(Documents.ids(ctx, owner, null)).as("documents after an upload cut off halfway").isEmpty();
        Exchange whole = Documents.upload(ctx, owner, Documents.parts("KTP_EL", content, "application/pdf"));
        assertThat(whole.status()).as("the same content sent whole is a new document (nothing of the cut-off one"
                + " was kept): %s", whole.responseBody()).isEqualTo(201);
        assertThat(Documents.ids(ctx, owner, null)).hasSize(1);
    }

    /** Writes the upload's request line, headers and the first half of its body, then closes the connection. */
    private static void sendHalfAndDrop(URI base, String bearer, Documents.Multipart body) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        String path = (base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "")) + "/v1/documents";
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "") + "\r\n"
                + "Authorization: " + bearer + "\r\n"
                + "Idempotency-Key: " + UUID.randomUUID() + "\r\n"
                + "Content-Type: " + body.contentType() + "\r\n"
                + "Content-Length: " + body.bytes().length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket(base.getHost(), port)
                : new Socket(base.getHost(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body.bytes(), 0, body.bytes().length / 2);
            out.flush();
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not send the half upload to " + base, e);
        }
    }
}
