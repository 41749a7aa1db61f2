package id.mpp.server.domain.account;

/**
 * Whether an attempt may go ahead and, when not, how long to wait (for a 429's {@code Retry-After}, GEN-018).
 *
 * @param allowed whether the attempt may go ahead
 * @param retryAfterSeconds whole seconds until it may, at least 1 when refused; 0 when allowed
 */
public record ThrottleDecision(boolean allowed, long retryAfterSeconds) {
    private static final ThrottleDecision ALLOWED = new ThrottleDecision(true, 0);

    public ThrottleDecision {
        if (allowed ? retryAfterSeconds != 0 : retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds " + retryAfterSeconds + " with allowed " + allowed);
        }
    }

    /** The attempt may go ahead. */
    public static ThrottleDecision allow() {
        return ALLOWED;
    }

    /** The attempt is refused for {@code seconds} more seconds (at least 1). */
    public static ThrottleDecision refuseFor(long seconds) {
        return new ThrottleDecision(false, Math.max(1, seconds));
    }

    /** The stricter of two decisions: refused when either is, waiting the longer time. */
    public ThrottleDecision and(ThrottleDecision other) {
        if (allowed) {
            return other;
        }
        if (other.allowed) {
            return this;
        }
        return retryAfterSeconds >= other.retryAfterSeconds ? this : other;
    }
}
