package id.mpp.conformance.cli;

import id.mpp.conformance.run.ProgressListener;
import id.mpp.conformance.run.TestCase;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints each test as it finishes (tests may run in parallel), with a running count of finished tests, and why it
 * failed.
 */
public final class ConsoleProgress implements ProgressListener {

    private final PrintStream out;
    private int passed;
    private int failed;
    private int notTested;

    /** Progress printed to this stream. */
    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void finished(int index, int total, TestResult result) {
        switch (result.verdict()) {
            case PASSED -> passed++;
            case FAILED -> failed++;
            case NOT_TESTED -> notTested++;
        }
        String verdict = result.verdict() == Verdict.FAILED && !result.required() ? "FAILED (optional)"
                : result.verdict().name().replace('_', ' ');
        TestCase test = result.test();
        out.printf(Locale.ROOT, "[%3d/%d] %-70s %-18s %5d ms  (passed %d, failed %d, not tested %d)%n", index, total,
                test.name() + " " + test.requirements(), verdict, result.durationMillis(), passed, failed, notTested);
        if (result.verdict() == Verdict.FAILED) {
            out.println("        " + result.message());
        }
    }
}
