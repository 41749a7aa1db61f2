package id.mpp.server.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailChallengeTest {
    private static final Instant SENT = Instant.parse("2026-11-29T03:00:00Z");

    @Test
    void theRightCodeWithinFifteenMinutesIsCorrect() {
        EmailChallenge challenge = EmailChallenge.issue("usr_1", "siti@contoh.id", "042917", SENT);

        assertThat(challenge.check("042917", SENT.plusSeconds(899))).isEqualTo(EmailChallenge.Check.CORRECT);
        assertThat(challenge.check("042918", SENT.plusSeconds(10))).isEqualTo(EmailChallenge.Check.INCORRECT);
        assertThat(challenge.check(null, SENT.plusSeconds(10))).isEqualTo(EmailChallenge.Check.INCORRECT);
        assertThat(challenge.check("042917", SENT.plusSeconds(900))).isEqualTo(EmailChallenge.Check.EXPIRED);
    }

    @Test
    void keepsOnlyAHashBoundToTheAccount() {
        EmailChallenge mine = EmailChallenge.issue("usr_1", "siti@contoh.id", "042917", SENT);
        EmailChallenge theirs = EmailChallenge.issue("usr_2", "budi@contoh.id", "042917", SENT);

        assertThat(mine.codeHash()).doesNotContain("042917").hasSize(64).isNotEqualTo(theirs.codeHash());
    }

    @Test
    void pendingOnlyForTheSameAddressAndWhileAttemptsRemain() {
        EmailChallenge challenge = EmailChallenge.issue("usr_1", "siti@contoh.id", "042917", SENT);

        assertThat(challenge.pendingFor("SITI@contoh.id")).isTrue();
        assertThat(challenge.pendingFor("siti.baru@contoh.id")).isFalse();
        EmailChallenge used = challenge;
        for (int i = 0; i < EmailChallenge.ATTEMPTS; i++) {
            used = used.afterFailedAttempt();
        }
        assertThat(used.attemptsLeft()).isZero();
        assertThat(used.pendingFor("siti@contoh.id")).isFalse();
        assertThat(challenge.resendAvailableAt()).isEqualTo(SENT.plusSeconds(60));
    }

    @Test
    void codesAreSixDigits() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            assertThat(EmailChallenge.newCode(random)).matches("\\d{6}");
        }
    }
}
