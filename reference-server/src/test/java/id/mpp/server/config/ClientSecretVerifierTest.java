package id.mpp.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.server.domain.account.PasswordHasher;
import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientSecretVerifierTest {
    private final PasswordHasher pbkdf2 = new PasswordHasher(1_000, new SecureRandom());
    private final ClientSecretVerifier verifier = new ClientSecretVerifier(pbkdf2);

    @Test
    @DisplayName("SSO-050: a secret matches its sha256$ hash and nothing else does")
    void sha256Hashes() {
        String hash = ClientSecretVerifier.sha256Hash("s3cret-with-enough-entropy");

        assertThat(hash).startsWith("sha256$").doesNotContain("s3cret");
        assertThat(verifier.matches("s3cret-with-enough-entropy", hash)).isTrue();
        assertThat(verifier.matches("s3cret-with-enough-entropy!", hash)).isFalse();
        assertThat(verifier.matches("", hash)).isFalse();
    }

    @Test
    @DisplayName("SSO-050: a PBKDF2 hash of the account domain's format is accepted too")
    void pbkdf2Hashes() {
        String hash = pbkdf2.hash("another-secret");

        assertThat(verifier.matches("another-secret", hash)).isTrue();
        assertThat(verifier.matches("wrong", hash)).isFalse();
    }

    @Test
    @DisplayName("SSO-050: a plain-text or unreadable configured value never matches, not even itself")
    void unknownFormatsNeverMatch() {
        assertThat(verifier.matches("plain", "plain")).isFalse();
        assertThat(verifier.matches("x", "sha256$***")).isFalse();
        assertThat(verifier.matches(null, "sha256$abc")).isFalse();
    }
}
