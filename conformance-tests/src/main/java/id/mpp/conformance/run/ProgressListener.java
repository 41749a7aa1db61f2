package id.mpp.conformance.run;

/** Hears about each test as the suite runs it (the terminal's live progress). */
public interface ProgressListener {

    /** A listener that does nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** A test is about to run: {@code index} counts from 1 to {@code total}. */
    default void started(int index, int total, TestCase test) {
    }

    /** A test finished (or was not tested). */
    default void finished(int index, int total, TestResult result) {
    }
}
