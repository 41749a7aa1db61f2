package id.mpp.server.domain.account;

import java.util.regex.Pattern;

/**
 * The shape of e-mail addresses and mobile numbers the contract accepts. The e-mail check is deliberately
 * pragmatic (one {@code @}, a local part without spaces, a domain of letter-and-digit labels with a top-level
 * label of two letters or more), since only the code sent to the address proves it.
 */
final class ContactRules {
    /** The contract's {@code phone_number} pattern: {@code +62}, then 8 to 13 digits not starting with 0. */
    static final Pattern PHONE = Pattern.compile("^\\+62[1-9][0-9]{7,12}$");
    static final int EMAIL_MAX_LENGTH = 254;

    private static final Pattern LOCAL = Pattern.compile(
            "^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*$");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?$");
    private static final Pattern TOP_LABEL = Pattern.compile("^\\p{L}{2,63}$");

    private ContactRules() {
    }

    static boolean isEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at != email.indexOf('@') || at == email.length() - 1) {
            return false;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LABEL.matcher(labels[labels.length - 1]).matches();
    }

    static boolean isPhoneNumber(String phone) {
        return PHONE.matcher(phone).matches();
    }
}
