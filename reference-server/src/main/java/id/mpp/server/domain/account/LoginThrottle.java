package id.mpp.server.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits failed sign-ins per account and per client address (issue 4, "Failed logins are limited per account
 * and per client address (429 with Retry-After)"; GEN-018; OWASP Authentication Cheat Sheet). By default 5
 * failures per account and 20 per address in any 15 minutes. A refused attempt is not even checked against
 * the password, so the limit also caps the password-hashing work an attacker can cause. A successful sign-in
 * clears the account's failures (not the address's, which may be guessing at many accounts).
 *
 * <p>The account key is the account's ID or, for a login name that matches no account, the normalised login
 * name, so that unknown names are limited like known ones and the answer does not reveal which exist. Keys
 * stay in memory only; never log them.
 */
public final class LoginThrottle {
    /** Failures allowed per account in a window, by default. */
    public static final int DEFAULT_ACCOUNT_LIMIT = 5;
    /** Failures allowed per client address in a window, by default. */
    public static final int DEFAULT_ADDRESS_LIMIT = 20;
    /** The default window. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    /** The most accounts and addresses remembered each, by default. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private final SlidingWindowLimiter perAccount;
    private final SlidingWindowLimiter perAddress;

    /** A throttle with the defaults. */
    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_ACCOUNT_LIMIT, DEFAULT_ADDRESS_LIMIT, DEFAULT_WINDOW, DEFAULT_MAX_KEYS);
    }

    /**
     * @param clock the time source
     * @param accountLimit failures allowed per account in a window
     * @param addressLimit failures allowed per client address in a window
     * @param window the sliding window
     * @param maxKeys the most accounts, and the most addresses, remembered
     */
    public LoginThrottle(Clock clock, int accountLimit, int addressLimit, Duration window, int maxKeys) {
        Objects.requireNonNull(clock, "clock");
        this.perAccount = new SlidingWindowLimiter(accountLimit, window, maxKeys, clock);
        this.perAddress = new SlidingWindowLimiter(addressLimit, window, maxKeys, clock);
    }

    /** Whether a sign-in to {@code accountKey} from {@code clientAddress} may be tried now. */
    public ThrottleDecision check(String accountKey, String clientAddress) {
        return perAccount.check(accountKey).and(perAddress.check(clientAddress));
    }

    /** Records a failed sign-in (wrong password, or a login name that matches no account). */
    public void recordFailure(String accountKey, String clientAddress) {
        perAccount.record(accountKey);
        perAddress.record(clientAddress);
    }

    /** Records a successful sign-in: the account's failures are forgotten. */
    public void recordSuccess(String accountKey) {
        perAccount.reset(accountKey);
    }
}
