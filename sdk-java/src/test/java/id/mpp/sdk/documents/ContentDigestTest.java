package id.mpp.sdk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    @Test
    void copyingAStreamAnswersItsSha256SizeAndLeadingBytesAndWritesEveryByte() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ContentDigest digest = ContentDigest.copy(new ByteArrayInputStream(Fixtures.PDF), out);

        assertThat(digest.sha256()).isEqualTo(Fixtures.sha256(Fixtures.PDF));
        assertThat(digest.size()).isEqualTo(Fixtures.PDF.length);
        assertThat(out.toByteArray()).isEqualTo(Fixtures.PDF);
        assertThat(MediaTypes.sniff(digest.head())).contains("application/pdf");
    }

    @Test
    void theLeadingBytesAreCollectedAlsoFromAStreamThatAnswersOneByteAtATime() throws Exception {
        InputStream trickle = new ByteArrayInputStream(Fixtures.PNG) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        ContentDigest digest = ContentDigest.copy(trickle, ByteArrayOutputStream.nullOutputStream());

        assertThat(MediaTypes.sniff(digest.head())).contains("image/png");
        assertThat(digest.sha256()).isEqualTo(Fixtures.sha256(Fixtures.PNG));
    }

    @Test
    void anEmptyStreamHasTheSha256OfNothing() throws Exception {
        ContentDigest digest = ContentDigest.copy(InputStream.nullInputStream(), ByteArrayOutputStream.nullOutputStream());

        assertThat(digest.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(digest.head()).isEmpty();
    }
}
