package id.mpp.server.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 6-digit code sent to an account's e-mail address to prove the citizen reads it (accounts.yaml,
 * requestEmailVerification and confirmEmailVerification): valid 15 minutes and for 5 attempts; a new one can be
 * asked for a minute after the last. Only the code's hash is kept (SHA-256 over the account ID and the code), so a
 * copy of the table does not reveal pending codes.
 *
 * @param attemptsLeft wrong codes still allowed before the code is used up
 */
public record EmailChallenge(String accountId, String email, String codeHash, Instant createdAt, Instant expiresAt,
        int attemptsLeft) {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);
    public static final int ATTEMPTS = 5;

    public EmailChallenge {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(codeHash, "codeHash");
    }

    /** A new random code: six decimal digits, leading zeros kept. */
    public static String newCode(SecureRandom random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** The challenge of a code just sent to {@code email}. */
    public static EmailChallenge issue(String accountId, String email, String code, Instant now) {
        return new EmailChallenge(accountId, email, hash(accountId, code), now, now.plus(LIFETIME), ATTEMPTS);
    }

    /** The earliest time a new code may be asked for. */
    public Instant resendAvailableAt() {
        return createdAt.plus(RESEND_INTERVAL);
    }

    /** Whether this code can still confirm the account's current address {@code currentEmail}. */
    public boolean pendingFor(String currentEmail) {
        return attemptsLeft > 0 && email.equalsIgnoreCase(currentEmail);
    }

    /** How {@code code} fares against this challenge at {@code now}. */
    public Check check(String code, Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        byte[] expected = codeHash.getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash(accountId, code == null ? "" : code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Check.CORRECT : Check.INCORRECT;
    }

    /** The challenge after one wrong (or late) attempt. */
    public EmailChallenge afterFailedAttempt() {
        return new EmailChallenge(accountId, email, codeHash, createdAt, expiresAt, Math.max(0, attemptsLeft - 1));
    }

    static String hash(String accountId, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The outcome of an attempt. */
    public enum Check {
        CORRECT, INCORRECT, EXPIRED
    }
}
