package id.mpp.server.domain.ids;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Makes the contract's prefixed IDs ({@code doc_}, {@code app_}, {@code evt_}, ...): the prefix and a ULID, 48 bits
 * of milliseconds from the clock and 80 random bits in Crockford's base 32 (26 characters). Random, so an ID says
 * nothing about its owner; time-ordered, so IDs made later sort later (to the millisecond).
 */
public final class Ulids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Ulids(Clock clock) {
        this.clock = clock;
    }

    /** A new ID: {@code prefix} followed by 26 ULID characters. */
    public String next(String prefix) {
        long millis = clock.millis();
        char[] ulid = new char[26];
        for (int i = 9; i >= 0; i--) {
            ulid[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            ulid[i] = ALPHABET[random.nextInt(32)];
        }
        return prefix + new String(ulid);
    }
}
