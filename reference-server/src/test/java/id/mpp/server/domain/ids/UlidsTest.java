package id.mpp.server.domain.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UlidsTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    /** Hands out the given bytes. */
    private static Random bytes(byte[] given) {
        return new Random() {
            @Override
            public void nextBytes(byte[] into) {
                System.arraycopy(given, 0, into, 0, into.length);
            }
        };
    }

    private static String base32(BigInteger value, int digits) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            text.insert(0, ALPHABET.charAt(value.mod(BigInteger.valueOf(32)).intValue()));
            value = value.shiftRight(5);
        }
        return text.toString();
    }

    @Test
    @DisplayName("An ID is the prefix, 10 characters of the time's milliseconds and the 80 random bits, big-endian")
    void layout() {
        byte[] random = {(byte) 0x8F, 0x01, 0x23, 0x45, 0x67, (byte) 0x89, (byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
            (byte) 0xFE};
        String id = new Ulids(CLOCK, bytes(random)).next("app_");

        assertThat(id).hasSize(30).startsWith("app_");
        assertThat(id.substring(4, 14)).isEqualTo(base32(BigInteger.valueOf(CLOCK.millis()), 10));
        assertThat(id.substring(14)).isEqualTo(base32(new BigInteger(1, random), 16));
        assertThat(new Ulids(CLOCK, bytes(new byte[10])).next("").substring(10)).isEqualTo("0000000000000000");
        byte[] ones = new byte[10];
        java.util.Arrays.fill(ones, (byte) 0xFF);
        assertThat(new Ulids(CLOCK, bytes(ones)).next("").substring(10)).isEqualTo("ZZZZZZZZZZZZZZZZ");
    }

    @Test
    @DisplayName("IDs made at the same millisecond differ")
    void distinct() {
        Ulids ulids = new Ulids(CLOCK);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(ulids.next("evt_"));
        }
        assertThat(ids).hasSize(1000).allSatisfy(id -> assertThat(id).matches("^evt_[0-9A-HJKMNP-TV-Z]{26}$"));
    }
}
