package id.mpp.server.domain.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DOC-012: the file-name rules of Document.file_name. */
class FileNamesTest {

    @Test
    @DisplayName("DOC-012: the contract's example, paths, control and bidirectional characters, reserved names, length")
    void sanitise() {
        assertThat(FileNames.sanitise("../../Scan KTP <Dewi>.php.PDF", "KTP_EL", MediaTypes.PDF))
                .isEqualTo("Scan KTP _Dewi__php.pdf");
        assertThat(FileNames.sanitise("C:\\Users\\dewi\\kk.jpeg", "KK", MediaTypes.JPEG)).isEqualTo("kk.jpg");
        assertThat(FileNames.sanitise("a\u0000b\u202Ec\u0085d.png", "KK", MediaTypes.PNG)).isEqualTo("abcd.png");
        assertThat(FileNames.sanitise("  --  rapor   semester \t1 __.pdf", "IJAZAH", MediaTypes.PDF))
                .isEqualTo("rapor semester 1.pdf");
        assertThat(FileNames.sanitise("CON.pdf", "KTP_EL", MediaTypes.PDF)).isEqualTo("ktp_el.pdf");
        assertThat(FileNames.sanitise("../", "KTP_EL", MediaTypes.PDF)).isEqualTo("ktp_el.pdf");
        assertThat(FileNames.sanitise(null, "KK", MediaTypes.PDF)).isEqualTo("kk.pdf");
        assertThat(FileNames.sanitise("100%;sah?.pdf", "KK", MediaTypes.PDF)).isEqualTo("100__sah.pdf");
        assertThat(FileNames.sanitise("e\u0301.pdf", "KK", MediaTypes.PDF)).isEqualTo("\u00e9.pdf");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(FileNames.sanitise(longName, "KK", MediaTypes.PDF)).hasSize(104);
    }
}
