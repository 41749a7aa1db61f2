package id.mpp.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What a measured window gave: operations per second and latency percentiles (from all the latencies, sorted). */
record Stats(long count, long failures, double perSecond, double p50Millis, double p99Millis, Instant from,
        Instant to) {

    static Stats of(List<Load.LongList> latencies, long failures, Duration window, Instant from) {
        int total = 0;
        for (Load.LongList list : latencies) {
            total += list.size();
        }
        long[] all = new long[total];
        int i = 0;
        for (Load.LongList list : latencies) {
            for (int j = 0; j < list.size(); j++) {
                all[i++] = list.get(j);
            }
        }
        Arrays.sort(all);
        double seconds = window.toNanos() / 1e9;
        return new Stats(total, failures, total / seconds, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6,
                from, from.plus(window));
    }

    /** The nearest-rank percentile of sorted values; NaN when there are none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
