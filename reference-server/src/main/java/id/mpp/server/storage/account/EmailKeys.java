package id.mpp.server.storage.account;

import java.util.Locale;

/** The form of an e-mail address under which it is unique: trimmed and in lower case. */
final class EmailKeys {

    private EmailKeys() {
    }

    static String of(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
