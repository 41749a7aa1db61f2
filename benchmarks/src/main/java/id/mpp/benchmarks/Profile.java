package id.mpp.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's time goes in a window: the execution samples of its flight recording (the same data as
 * {@code jfr print --events jdk.ExecutionSample}), counted by top frame and by the first frame of the server's own
 * code ({@code id.mpp.server}) on the stack.
 */
final class Profile {
    private Profile() {
    }

    static List<String> summarise(Path recording, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> ownFrames = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Long> waits = new HashMap<>();
        long waitedMillis = 0;
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String kind = event.getEventType().getName();
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                if (WAITS.contains(kind) && event.getStackTrace() != null) {
                    long millis = event.getDuration().toMillis();
                    String own = ownFrame(event.getStackTrace().getFrames());
                    if (!own.startsWith("(")) {
                        waits.merge(kind.substring(4) + " in " + own, millis, Long::sum);
                        waitedMillis += millis;
                    }
                    continue;
                }
                if (!kind.equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                topFrames.merge(name(frames.get(0)), 1, Integer::sum);
                ownFrames.merge(ownFrame(frames), 1, Integer::sum);
                areas.merge(area(frames), 1, Integer::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(samples + " execution samples of the server in the window");
        if (samples == 0) {
            return lines;
        }
        lines.add("by area (first matching frame on the stack):");
        append(lines, areas, samples, top);
        lines.add("top frames:");
        append(lines, topFrames, samples, top);
        lines.add("first id.mpp.server frame on the stack:");
        append(lines, ownFrames, samples, top);
        lines.add("waiting in the server's code (monitor waits, parks, sleeps, socket reads above the profile settings' 10-20 ms; "
                + waitedMillis + " ms in all, summed over threads):");
        final long all = Math.max(1, waitedMillis);
        waits.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / all,
                        e.getKey())));
        return lines;
    }

    private static final java.util.Set<String> WAITS = java.util.Set.of("jdk.JavaMonitorWait", "jdk.ThreadPark",
            "jdk.ThreadSleep", "jdk.JavaMonitorEnter", "jdk.SocketRead");

    private static String ownFrame(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.isJavaFrame() && frame.getMethod().getType().getName().startsWith("id.mpp.server")) {
                return name(frame);
            }
        }
        return "(no id.mpp.server frame)";
    }

    private static void append(List<String> lines, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / samples,
                        e.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** A coarse breakdown: which kind of work the sample is in. */
    private static String area(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            if (type.contains("PBKDF2") || type.contains("HmacCore") || type.contains("com.sun.crypto.provider.Pbkdf")) {
                return "password hashing (PBKDF2)";
            }
            if (type.startsWith("sun.security.rsa") || type.startsWith("java.math.BigInteger")
                    || type.startsWith("sun.security.util") || type.startsWith("com.nimbusds")) {
                return "JWT signing/verification (RSA, nimbus)";
            }
            if (type.startsWith("org.h2") || type.startsWith("org.postgresql") || type.startsWith("com.zaxxer")
                    || type.startsWith("io.micronaut.data")) {
                return "database (driver, pool, Micronaut Data)";
            }
            if (type.startsWith("ch.qos.logback") || type.startsWith("org.slf4j")) {
                return "logging";
            }
            if (type.startsWith("com.fasterxml.jackson") || type.startsWith("io.micronaut.serde")
                    || type.startsWith("io.micronaut.json")) {
                return "JSON";
            }
            if (type.startsWith("io.netty")) {
                return "HTTP (netty)";
            }
            if (type.startsWith("java.security.MessageDigest") || type.startsWith("sun.security.provider.SHA")) {
                return "hashing (SHA)";
            }
            if (method.equals("<clinit>")) {
                return "class initialisation";
            }
        }
        return "other (" + name(frames.get(0)) + ")";
    }
}
