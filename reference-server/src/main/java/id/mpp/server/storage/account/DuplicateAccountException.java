package id.mpp.server.storage.account;

/**
 * An account with the same NIK or e-mail address (in any case) exists already. Which of the two is not said, on
 * purpose (ACC-004).
 */
public final class DuplicateAccountException extends RuntimeException {

    public DuplicateAccountException() {
        super("An account with this NIK or e-mail address exists", null, false, false);
    }
}
