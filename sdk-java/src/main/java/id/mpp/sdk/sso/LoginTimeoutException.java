package id.mpp.sdk.sso;

import id.mpp.sdk.errors.MppException;

/** No browser came back to the loopback redirect URI in time: the user did not finish signing in. */
public class LoginTimeoutException extends MppException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the time waited. */
    public LoginTimeoutException(String message) {
        super(message);
    }
}
