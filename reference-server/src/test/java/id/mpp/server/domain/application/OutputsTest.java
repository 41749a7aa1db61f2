package id.mpp.server.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutputsTest {

    @Test
    @DisplayName("The output PDF is a PDF 1.4 with its text, a cross-reference table whose offsets point at the objects, and %%EOF")
    void pdfParses() {
        byte[] pdf = OutputDocumentPdf.render("Akta Kelahiran", List.of("Pemohon: Dewi Lestari (Rahayu)",
                "Nomor pengajuan: MPP-3302-2026-000417", "Kode verifikasi: B9Y7-3MY6-3FCH-26W1", "Café Ō"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        assertThat(text).contains("(Akta Kelahiran) Tj", "Dewi Lestari \\(Rahayu\\)", "MPP-3302-2026-000417",
                "B9Y7-3MY6-3FCH-26W1", "(Cafe O) Tj");
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10,
                text.lastIndexOf("\n%%EOF")).trim());
        assertThat(text.substring(startxref)).startsWith("xref\n0 6\n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(startxref));
        int object = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertThat(text.substring(offset)).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object).isEqualTo(6);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
        assertThat(length.find()).isTrue();
        int start = length.end();
        assertThat(text.substring(start + Integer.parseInt(length.group(1)))).startsWith("\nendstream");
    }

    @Test
    @DisplayName("Verification codes: 16 Crockford base32 characters in four groups, random")
    void verificationCodes() {
        VerificationCodes codes = new VerificationCodes(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertThat(code).matches(VerificationCodes.FORMAT);
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    @DisplayName("Tracking numbers: MPP, region code without dot, year, six-digit serial")
    void trackingNumbers() {
        assertThat(TrackingNumbers.format("33.02", 2026, 417)).isEqualTo("MPP-3302-2026-000417")
                .matches(TrackingNumbers.FORMAT);
        assertThat(TrackingNumbers.format("64.72", 2027, 999_999)).isEqualTo("MPP-6472-2027-999999");
        assertThatThrownBy(() -> TrackingNumbers.format("33.02", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingNumbers.format("33.02", 2026, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingNumbers.format("3302x", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
