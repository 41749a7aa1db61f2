package id.mpp.conformance.run;

import id.mpp.conformance.http.Exchange;
import java.util.List;

/**
 * The outcome of one test.
 *
 * @param test the test
 * @param required whether it counts for the exit code (every cited requirement a MUST of a declared capability)
 * @param verdict passed, failed or not tested
 * @param message why it failed or was not tested; {@code null} when it passed
 * @param exchanges its HTTP exchanges, redacted
 * @param durationMillis how long it ran
 */
public record TestResult(TestCase test, boolean required, Verdict verdict, String message, List<Exchange> exchanges,
        long durationMillis) {
}
