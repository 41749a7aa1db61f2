package id.mpp.server.mail;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record MailMessage(String to, String subject, String body) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.indexOf('\r') >= 0 || to.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0
                || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("header injection: line breaks in a recipient or subject");
        }
    }
}
