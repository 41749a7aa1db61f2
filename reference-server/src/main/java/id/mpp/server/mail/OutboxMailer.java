package id.mpp.server.mail;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's mail transport: each message becomes one RFC 5322 file ({@code .eml}, UTF-8, base64
 * subject and body) in the outbox folder ({@code mpp.mail.outbox-dir}, by default {@code ${mpp.data-dir}/outbox}),
 * the way a mail server's pickup directory works. A newcomer reads the code there; a relay can pick the files up.
 * Written to a temporary name and renamed, so a reader never sees half a message. The log line names the file,
 * never the content (the code is a secret).
 */
@Singleton
@Secondary
public class OutboxMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Path folder;
    private final String from;
    private final Clock clock;

    public OutboxMailer(@Value("${mpp.mail.outbox-dir:${mpp.data-dir:./mpp-data}/outbox}") String folder,
            @Value("${mpp.mail.from:MPP Digital <no-reply@mpp-digital.go.id>}") String from, Clock clock) {
        this.folder = Path.of(folder);
        this.from = from;
        this.clock = clock;
    }

    /** The folder the messages are written to. */
    public Path folder() {
        return folder;
    }

    @Override
    public void send(MailMessage message) {
        String id = UUID.randomUUID().toString();
        String eml = "From: " + from + "\r\n"
                + "To: " + message.to() + "\r\n"
                + "Subject: =?UTF-8?B?" + base64(message.subject()) + "?=\r\n"
                + "Date: " + DATE.format(clock.instant()) + "\r\n"
                + "Message-ID: <" + id + "@mpp-digital.local>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + Base64.getMimeEncoder().encodeToString(message.body().getBytes(StandardCharsets.UTF_8)) + "\r\n";
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + id + ".tmp");
            Path done = folder.resolve(id + ".eml");
            Files.writeString(temporary, eml, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, done, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, done);
            }
            LOG.info("mail written to the outbox file={}", done);
        } catch (IOException e) {
            throw new MailException("the outbox folder " + folder + " cannot take a message", e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
