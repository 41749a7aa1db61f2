package id.mpp.server.domain.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;

/**
 * Makes the contract's prefixed IDs ({@code doc_}, {@code app_}, {@code evt_}, ...): the prefix and a ULID, 48 bits
 * of milliseconds from the clock and 80 random bits in Crockford's base 32 (26 characters). Random, so an ID says
 * nothing about its owner; time-ordered, so IDs made later sort later (to the millisecond).
 */
public final class Ulids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final Random random;

    public Ulids(Clock clock) {
        this(clock, new SecureRandom());
    }

    Ulids(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    /** A new ID: {@code prefix} followed by 26 ULID characters. */
    public String next(String prefix) {
        long millis = clock.millis();
        char[] ulid = new char[26];
        for (int i = 9; i >= 0; i--) {
            ulid[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // The 80 random bits in one draw: the JDK's SecureRandom takes a lock shared by the whole process for each
        // draw, and every request that writes makes IDs.
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        long high = (bytes[0] & 0xFFL) << 8 | bytes[1] & 0xFFL;
        long low = 0;
        for (int i = 2; i < 10; i++) {
            low = low << 8 | bytes[i] & 0xFFL;
        }
        for (int i = 25; i >= 10; i--) {
            ulid[i] = ALPHABET[(int) (low & 31)];
            low = low >>> 5 | (high & 31) << 59;
            high >>>= 5;
        }
        return prefix + new String(ulid);
    }
}
