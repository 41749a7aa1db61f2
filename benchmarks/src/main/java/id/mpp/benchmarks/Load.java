package id.mpp.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The load generator: a fixed number of operations in flight ("connections"), each started again as soon as the
 * previous one ends, first for a warm-up, then for a measured window whose operations are counted and timed.
 * An operation that starts in the window counts when it ends, even a little after the window (so that the slow
 * ones are not left out of the percentiles).
 */
final class Load {
    /** One operation: completes with {@code true} when it did what it should (e.g. the expected status). */
    interface AsyncOperation {
        CompletableFuture<Boolean> start();
    }

    /** A blocking operation, run by threads of the benchmark JVM (raw rates). */
    interface BlockingOperation {
        void run() throws Exception;
    }

    private Load() {
    }

    /** Runs {@code operation} with {@code connections} in flight; the figures of the measured window. */
    static Stats async(int connections, Duration warmUp, Duration window, AsyncOperation operation) {
        Instant measureFrom = Instant.now().plus(warmUp);
        long measureFromNanos = System.nanoTime() + warmUp.toNanos();
        long endNanos = measureFromNanos + window.toNanos();
        List<LongList> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong firstFailureLogged = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            LongList mine = new LongList();
            latencies.add(mine);
            new Loop(operation, mine, failures, firstFailureLogged, measureFromNanos, endNanos, done).next();
        }
        try {
            if (!done.await(warmUp.plus(window).toSeconds() + 120, TimeUnit.SECONDS)) {
                System.err.println("  (some operations did not end within two minutes after the window)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Stats.of(latencies, failures.get(), window, measureFrom);
    }

    /** Runs {@code operation} on {@code threads} threads of this JVM. */
    static Stats threads(int threads, Duration warmUp, Duration window, BlockingOperation operation) {
        Instant measureFrom = Instant.now().plus(warmUp);
        long measureFromNanos = System.nanoTime() + warmUp.toNanos();
        long endNanos = measureFromNanos + window.toNanos();
        List<LongList> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            LongList mine = new LongList();
            latencies.add(mine);
            Thread worker = new Thread(() -> {
                while (true) {
                    long start = System.nanoTime();
                    if (start >= endNanos) {
                        return;
                    }
                    boolean ok;
                    try {
                        operation.run();
                        ok = true;
                    } catch (Exception e) {
                        ok = false;
                        if (failures.get() == 0) {
                            System.err.println("  (failure: " + e + ")");
                        }
                    }
                    if (start >= measureFromNanos) {
                        if (ok) {
                            mine.add(System.nanoTime() - start);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                }
            }, "load-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Stats.of(latencies, failures.get(), window, measureFrom);
    }

    /** One connection's chain of operations. */
    private static final class Loop {
        private final AsyncOperation operation;
        private final LongList latencies;
        private final AtomicLong failures;
        private final AtomicLong firstFailureLogged;
        private final long measureFromNanos;
        private final long endNanos;
        private final CountDownLatch done;

        Loop(AsyncOperation operation, LongList latencies, AtomicLong failures, AtomicLong firstFailureLogged,
                long measureFromNanos, long endNanos, CountDownLatch done) {
            this.operation = operation;
            this.latencies = latencies;
            this.failures = failures;
            this.firstFailureLogged = firstFailureLogged;
            this.measureFromNanos = measureFromNanos;
            this.endNanos = endNanos;
            this.done = done;
        }

        void next() {
            long start = System.nanoTime();
            if (start >= endNanos) {
                done.countDown();
                return;
            }
            CompletableFuture<Boolean> future;
            try {
                future = operation.start();
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            java.util.function.BiConsumer<Boolean, Throwable> callback = (ok, error) -> {
                long end = System.nanoTime();
                boolean success = error == null && Boolean.TRUE.equals(ok);
                if (!success && firstFailureLogged.getAndIncrement() == 0) {
                    System.err.println("  (first failure: " + (error != null ? error : "unexpected answer") + ")");
                }
                if (start >= measureFromNanos) {
                    if (success) {
                        synchronized (latencies) {
                            latencies.add(end - start);
                        }
                    } else {
                        failures.incrementAndGet();
                    }
                }
                next();
            };
            if (future.isDone()) {
                future.whenCompleteAsync(callback); // no recursion when operations end at once
            } else {
                future.whenComplete(callback);
            }
        }
    }

    /** A growable array of longs. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long get(int index) {
            return values[index];
        }
    }
}
