package id.mpp.server.mail;

/**
 * Sends the server's e-mails (the e-mail verification code). The embedded default writes them to an outbox folder
 * ({@link OutboxMailer}); a deployment plugs in its mail transport by providing another bean of this type.
 */
public interface Mailer {

    /** Hands the message to the transport; throws {@link MailException} when it cannot take it. */
    void send(MailMessage message);
}
