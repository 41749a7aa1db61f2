package id.mpp.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {
    @TempDir
    Path folder;

    @Test
    void writesOneCompleteMessagePerMail() throws IOException {
        OutboxMailer mailer = new OutboxMailer(folder.toString(), "MPP Digital <no-reply@example.id>",
                Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC));

        mailer.send(new MailMessage("siti@contoh.id", "Kode verifikasi MPP Digital Anda", "Kode: 123456 — berlaku"));

        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1).allMatch(path -> path.getFileName().toString().endsWith(".eml"));
        String eml = Files.readString(files.get(0), StandardCharsets.US_ASCII);
        assertThat(eml).contains("To: siti@contoh.id\r\n", "Date: Sun, 29 Nov 2026 03:00:00 GMT\r\n",
                "Content-Type: text/plain; charset=UTF-8\r\n");
        String body = eml.substring(eml.indexOf("\r\n\r\n") + 4).trim();
        assertThat(new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8))
                .isEqualTo("Kode: 123456 — berlaku");
    }

    @Test
    void refusesLineBreaksInHeaders() {
        assertThatThrownBy(() -> new MailMessage("a@contoh.id\r\nBcc: x@contoh.id", "s", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailMessage("a@contoh.id", "s\nBcc: x@contoh.id", "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
