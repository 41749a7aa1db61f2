package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private static final String PASSWORD = "Kopi-Tubruk-Purwokerto-1995";
    private final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());

    @Test
    @DisplayName("a hash is self-describing: scheme, iterations, 16-byte salt and 32-byte hash")
    void aHashIsSelfDescribing() {
        String encoded = hasher.hash(PASSWORD);
        assertThat(encoded).matches("^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$")
                .doesNotContain(PASSWORD);
    }

    @Test
    @DisplayName("the right password verifies and a wrong one does not")
    void theRightPasswordVerifies() {
        String encoded = hasher.hash(PASSWORD);
        assertThat(hasher.verify(PASSWORD, encoded)).isTrue();
        assertThat(hasher.verify(PASSWORD + "x", encoded)).isFalse();
        assertThat(hasher.verify("kopi-tubruk-purwokerto-1995", encoded)).isFalse();
    }

    @Test
    @DisplayName("the same password hashes differently each time, since the salt is random")
    void theSaltIsRandom() {
        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    @DisplayName("the salt comes from the injected random source")
    void theSaltComesFromTheInjectedRandom() {
        SecureRandom zeros = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        };
        String encoded = new PasswordHasher(1_000, zeros).hash(PASSWORD);
        assertThat(encoded).startsWith("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$");
        assertThat(new PasswordHasher(1_000, zeros).hash(PASSWORD)).isEqualTo(encoded);
    }

    @Test
    @DisplayName("a hash made with fewer iterations still verifies, and needs a rehash")
    void anOlderHashVerifiesAndNeedsRehash() {
        String old = new PasswordHasher(500, new SecureRandom()).hash(PASSWORD);
        assertThat(hasher.verify(PASSWORD, old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @Test
    @DisplayName("a hash made with more iterations than configured does not need a rehash")
    void aStrongerHashIsKept() {
        String stronger = new PasswordHasher(2_000, new SecureRandom()).hash(PASSWORD);
        assertThat(hasher.needsRehash(stronger)).isFalse();
        assertThat(hasher.verify(PASSWORD, stronger)).isTrue();
    }

    @Test
    @DisplayName("a malformed or foreign hash never verifies and always needs a rehash")
    void aMalformedHashNeverVerifies() {
        for (String bad : new String[] {null, "", "plain", "bcrypt$10$abc$def", "pbkdf2-sha256$x$AAAA$AAAA",
            "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$1000$!!!$AAAA", "pbkdf2-sha256$1000$AAAA"}) {
            assertThat(hasher.verify(PASSWORD, bad)).as(String.valueOf(bad)).isFalse();
            assertThat(hasher.needsRehash(bad)).as(String.valueOf(bad)).isTrue();
        }
    }

    @Test
    @DisplayName("an empty password is hashed without error and verifies only against its own hash")
    void anEmptyPasswordIsHandled() {
        assertThat(hasher.verify("", hasher.hash(PASSWORD))).isFalse();
        assertThat(hasher.verify("", hasher.hash(""))).isTrue();
    }

    @Test
    @DisplayName("a password typed in another Unicode normal form still verifies")
    void unicodeFormsAreNormalised() {
        String composed = "Caf\u00e9-Kopi-Tubruk";
        String decomposed = "Cafe\u0301-Kopi-Tubruk";
        assertThat(hasher.verify(decomposed, hasher.hash(composed))).isTrue();
    }

    @Test
    @DisplayName("the default cost is 600,000 iterations, and a cost below 1 is refused")
    void theDefaultCostIsSixHundredThousand() {
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
        assertThat(new PasswordHasher(new SecureRandom()).needsRehash(hasher.hash(PASSWORD))).isTrue();
        assertThatThrownBy(() -> new PasswordHasher(0, new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the known PBKDF2-HMAC-SHA256 test vector is reproduced, so the hash is the standard one")
    void theStandardVectorIsReproduced() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64; the first 32 bytes.
        String encoded = "pbkdf2-sha256$1$" + java.util.Base64.getEncoder().withoutPadding()
                .encodeToString("salt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + "$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(hex(
                        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
        assertThat(hasher.verify("passwd", encoded)).isTrue();
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
