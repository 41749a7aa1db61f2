package id.mpp.server.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits registration attempts per client address and per NIK (ACC-005), so that registration cannot be used
 * to test which NIKs hold accounts: by default 5 attempts per address and 5 per NIK in any hour. Every
 * attempt counts, accepted or not. The NIK is a key in memory only; never log it.
 */
public final class RegistrationThrottle {
    /** Attempts allowed per client address in a window, by default (the contract's default). */
    public static final int DEFAULT_ADDRESS_LIMIT = 5;
    /** Attempts allowed per NIK in a window, by default. */
    public static final int DEFAULT_NIK_LIMIT = 5;
    /** The default window. */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

    private final SlidingWindowLimiter perAddress;
    private final SlidingWindowLimiter perNik;

    /** A throttle with the defaults. */
    public RegistrationThrottle(Clock clock) {
        this(clock, DEFAULT_ADDRESS_LIMIT, DEFAULT_NIK_LIMIT, DEFAULT_WINDOW, LoginThrottle.DEFAULT_MAX_KEYS);
    }

    /**
     * @param clock the time source
     * @param addressLimit attempts allowed per client address in a window
     * @param nikLimit attempts allowed per NIK in a window
     * @param window the sliding window
     * @param maxKeys the most addresses, and the most NIKs, remembered
     */
    public RegistrationThrottle(Clock clock, int addressLimit, int nikLimit, Duration window, int maxKeys) {
        Objects.requireNonNull(clock, "clock");
        this.perAddress = new SlidingWindowLimiter(addressLimit, window, maxKeys, clock);
        this.perNik = new SlidingWindowLimiter(nikLimit, window, maxKeys, clock);
    }

    /**
     * Whether a registration from {@code clientAddress} for {@code nik} may be tried now; when it may, the
     * attempt is counted.
     *
     * @param nik the NIK as sent, or {@code null} when absent (then only the address counts)
     */
    public synchronized ThrottleDecision tryAcquire(String clientAddress, String nik) {
        ThrottleDecision decision = perAddress.check(clientAddress);
        if (nik != null) {
            decision = decision.and(perNik.check(nik));
        }
        if (decision.allowed()) {
            perAddress.record(clientAddress);
            if (nik != null) {
                perNik.record(nik);
            }
        }
        return decision;
    }
}
