package id.mpp.server.domain.application;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Verification codes printed on issued documents: 16 random Crockford base32 characters in four groups of four
 * ({@code B9Y7-3MY6-3FCH-26W1}), 80 bits of randomness.
 */
public final class VerificationCodes {

    public static final Pattern FORMAT = Pattern.compile(
            "^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random;

    public VerificationCodes(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
