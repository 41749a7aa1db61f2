package id.mpp.sdk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MultipartUploadTest {

    @Test
    void everySubscriptionReopensTheFileAndPublishesTheSameBodySoThatARetryResendsItWhole() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        MultipartUpload upload = new MultipartUpload("b0undary", "KTP_EL", Fixtures.sha256(Fixtures.PDF), null,
                "ktp.pdf", "application/pdf", () -> {
                    opened.incrementAndGet();
                    return new ByteArrayInputStream(Fixtures.PDF);
                }, Fixtures.PDF.length);
        BodyPublisher publisher = upload.publisher();

        byte[] first = collect(publisher);
        byte[] second = collect(publisher);

        assertThat(opened).hasValue(2);
        assertThat(second).isEqualTo(first);
        assertThat(publisher.contentLength()).isEqualTo(first.length);
    }

    @Test
    void theBodyIsTheContractsMultipartLayoutByteForByte() throws Exception {
        byte[] content = "%PDF-x".getBytes(StandardCharsets.US_ASCII);
        MultipartUpload upload = new MultipartUpload("b0undary", "KTP_EL", "ab12", "Judul", "a.pdf", "application/pdf",
                () -> new ByteArrayInputStream(content), content.length);

        String body = new String(collect(upload.publisher()), StandardCharsets.UTF_8);

        assertThat(upload.contentType()).isEqualTo("multipart/form-data; boundary=b0undary");
        assertThat(body).isEqualTo("--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"document_type\"\r\n\r\nKTP_EL\r\n"
                + "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"sha256\"\r\n\r\nab12\r\n"
                + "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Judul\r\n"
                + "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n"
                + "\r\n%PDF-x\r\n"
                + "--b0undary--\r\n");
    }

    private static byte[] collect(Flow.Publisher<ByteBuffer> publisher) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
