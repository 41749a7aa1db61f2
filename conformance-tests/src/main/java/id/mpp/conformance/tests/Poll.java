package id.mpp.conformance.tests;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls the implementation for asynchronous work (a delivery logged, a subscription disabled) up to a deadline. */
final class Poll {

    private static final long PAUSE_MILLIS = 50;

    private Poll() {
    }

    /** Reads until {@code done} holds and answers that reading; fails the test at the deadline with the last one. */
    static <T> T until(Supplier<T> read, Predicate<T> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s; last: " + value);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
