package id.mpp.server.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts events per key in a sliding window (at most {@code limit} in any {@code window}) and says how long a
 * key must wait. Memory is bounded: a key keeps at most {@code limit} timestamps, keys whose events all left
 * the window are dropped as the map is used, and beyond {@code maxKeys} the least recently used key is
 * forgotten (which favours availability over the limit under a flood of distinct keys; the per-address limit
 * of {@link LoginThrottle} is the defence there). Thread-safe.
 */
public final class SlidingWindowLimiter {
    private static final int SWEEP_PER_CALL = 8;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events;

    /**
     * @param limit the events allowed per key in any window, at least 1
     * @param window the length of the window, positive
     * @param maxKeys the most keys remembered, at least 1
     * @param clock the time source
     */
    public SlidingWindowLimiter(int limit, Duration window, int maxKeys, Clock clock) {
        if (limit < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("limit and maxKeys must be positive");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.limit = limit;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Whether another event of {@code key} is allowed now, and if not, for how long it is not. */
    public synchronized ThrottleDecision check(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        sweep(now);
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return ThrottleDecision.allow();
        }
        prune(recent, now);
        if (recent.size() < limit) {
            return ThrottleDecision.allow();
        }
        Instant free = recent.peekFirst().plus(window);
        long millis = Duration.between(now, free).toMillis();
        return ThrottleDecision.refuseFor((millis + 999) / 1000);
    }

    /** Records an event of {@code key} now. */
    public synchronized void record(String key) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        sweep(now);
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>(Math.min(limit, 16)));
        prune(recent, now);
        recent.addLast(now);
        while (recent.size() > limit) {
            recent.removeFirst();
        }
    }

    /** Forgets every event of {@code key}. */
    public synchronized void reset(String key) {
        events.remove(Objects.requireNonNull(key, "key"));
    }

    /** How many keys are remembered now (for tests and metrics). */
    public synchronized int trackedKeys() {
        return events.size();
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    /** Drops a few expired keys from the least recently used end, so idle keys do not pile up. */
    private void sweep(Instant now) {
        Instant horizon = now.minus(window);
        Iterator<Deque<Instant>> it = events.values().iterator();
        for (int i = 0; i < SWEEP_PER_CALL && it.hasNext(); i++) {
            Deque<Instant> recent = it.next();
            if (recent.isEmpty() || !recent.peekLast().isAfter(horizon)) {
                it.remove();
            } else {
                return;
            }
        }
    }
}
