package id.mpp.sdk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void theContractsMagicNumbersAreRecognised() {
        assertThat(MediaTypes.sniff(new byte[] {'%', 'P', 'D', 'F', '-', '1'})).contains("application/pdf");
        assertThat(MediaTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(MediaTypes.sniff(Fixtures.PNG)).contains("image/png");
    }

    @Test
    void aTruncatedOrForeignHeadIsNotRecognised() {
        assertThat(MediaTypes.sniff(new byte[] {'%', 'P', 'D', 'F'})).isEmpty();
        assertThat(MediaTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0B})).isEmpty();
        assertThat(MediaTypes.sniff(new byte[0])).isEmpty();
    }

    @Test
    void extensionsAreRecognisedWhateverTheirCase() {
        assertThat(MediaTypes.fromFileName("Scan.PDF")).contains("application/pdf");
        assertThat(MediaTypes.fromFileName("foto.Jpeg")).contains("image/jpeg");
        assertThat(MediaTypes.fromFileName("foto.jpg")).contains("image/jpeg");
        assertThat(MediaTypes.fromFileName("foto.png")).contains("image/png");
        assertThat(MediaTypes.fromFileName("foto.gif")).isEmpty();
    }
}
