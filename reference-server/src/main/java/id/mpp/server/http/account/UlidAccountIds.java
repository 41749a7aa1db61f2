package id.mpp.server.http.account;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * {@code usr_} and a ULID: 48 bits of milliseconds from the clock and 80 random bits, in Crockford's base 32
 * (26 characters, the contract's {@code SubjectId} pattern). Random, so that an ID says nothing about the NIK.
 */
@Singleton
final class UlidAccountIds implements AccountIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UlidAccountIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next() {
        long millis = clock.millis();
        char[] ulid = new char[26];
        for (int i = 9; i >= 0; i--) {
            ulid[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            ulid[i] = ALPHABET[random.nextInt(32)];
        }
        return "usr_" + new String(ulid);
    }
}
