package id.mpp.server.mail;

/** The mail transport could not take a message. */
public class MailException extends RuntimeException {

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
