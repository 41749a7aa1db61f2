package id.mpp.server.domain.account;

import java.util.Locale;
import java.util.Set;

/**
 * A small built-in list of passwords that are among the most used and so the first ones tried by anyone
 * guessing: the contract refuses passwords that appear "in a list of breached passwords" (NIST SP 800-63B
 * §3.1.1.2 asks for a check against such a list).
 *
 * <p>Source: the patterns that head the public breach-derived lists, such as the NCSC's "PwnedPasswordsTop100k"
 * (from Have I Been Pwned) and SecLists' "10-million-password-list-top" files: digit runs, keyboard walks and
 * "password", "iloveyou", "welcome", "admin" with digits, kept to those of 10 characters or more (shorter
 * ones already fail the length rule), plus a few local variants of the same patterns (Indonesian words
 * followed by digits). The entries were written from those patterns, not copied from a list or checked one
 * by one against it. It is a floor, not a breach corpus: a deployment that can should give
 * {@link PasswordPolicy} a larger list (for instance the NCSC list) instead. Entries are compared without regard to case.
 */
public final class CommonPasswords {
    private static final Set<String> DEFAULT = Set.of(
            "1234567890", "12345678910", "123456789a", "0987654321", "1111111111", "0000000000",
            "1234512345", "1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop", "qwerty1234", "qwerty12345",
            "asdfghjkl1", "password12", "password123", "password1234", "passw0rd123", "iloveyou12",
            "iloveyou123", "abcd123456", "abc1234567", "a123456789", "zaq12wsxcde", "football123",
            "indonesia123", "bismillah123", "rahasia123", "sayang12345", "admin12345", "welcome123");

    private CommonPasswords() {
    }

    /** The built-in list, lower case. */
    public static Set<String> defaults() {
        return DEFAULT;
    }

    static String normalise(String password) {
        return password.toLowerCase(Locale.ROOT);
    }
}
