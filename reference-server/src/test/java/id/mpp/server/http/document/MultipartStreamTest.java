package id.mpp.server.http.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The streaming multipart reader: parts in order, content across buffer refills, malformed bodies. */
class MultipartStreamTest {

    /** A stream that answers at most {@code chunk} bytes per read, as a network would. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    @DisplayName("Parts come in order with their headers; a large file part is read whole across refills")
    void partsInOrder() throws Exception {
        byte[] file = VaultFixture.random(300_000, 3);
        // Plant a near-delimiter inside the content: CRLF and dashes without the full boundary.
        System.arraycopy("\r\n--" .getBytes(StandardCharsets.US_ASCII), 0, file, 1000, 4);
        byte[] body = VaultFixture.multipart(List.of(VaultFixture.Part.text("document_type", "KK"),
                new VaultFixture.Part("file", "C:\\dir\\kk \"1\".pdf", "application/pdf", file)));
        for (int chunk : List.of(1, 7, 70_000)) {
            MultipartStream parts = new MultipartStream(trickle(body, chunk), VaultFixture.BOUNDARY);
            MultipartStream.Part first = parts.nextPart();
            assertThat(first.name()).isEqualTo("document_type");
            assertThat(new String(parts.readSmall(100), StandardCharsets.UTF_8)).isEqualTo("KK");
            MultipartStream.Part second = parts.nextPart();
            assertThat(second).isEqualTo(new MultipartStream.Part("file", "C:\\dir\\kk \"1\".pdf", "application/pdf"));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = parts.read(buffer, 0, buffer.length); n >= 0; n = parts.read(buffer, 0, buffer.length)) {
                out.write(buffer, 0, n);
            }
            assertThat(out.toByteArray()).isEqualTo(file);
            assertThat(parts.nextPart()).isNull();
        }
    }

    @Test
    @DisplayName("A body cut short, or not multipart, is refused")
    void malformed() throws Exception {
        byte[] body = VaultFixture.multipart(List.of(VaultFixture.Part.text("sha256", "abc")));
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 10);
        MultipartStream parts = new MultipartStream(new ByteArrayInputStream(cut), VaultFixture.BOUNDARY);
        parts.nextPart();
        assertThatThrownBy(() -> parts.nextPart()).isInstanceOf(MultipartStream.MalformedException.class);
        assertThat(MultipartStream.boundaryOf("application/json")).isNull();
        assertThat(MultipartStream.boundaryOf("multipart/form-data; boundary=\"abc\"")).isEqualTo("abc");
        assertThat(MultipartStream.parameters("form-data; name=\"file\"; filename*=UTF-8''Scan%20KTP.pdf"))
                .containsEntry("name", "file").containsEntry("filename*", "UTF-8''Scan%20KTP.pdf");
    }
}
