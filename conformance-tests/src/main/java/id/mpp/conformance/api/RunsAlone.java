package id.mpp.conformance.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that must not share the implementation with any other test while it runs: it provokes a limit kept per
 * client address (every test of a run comes from the same address), or it counts what the whole server did. The
 * runner waits for the running tests to finish, runs it alone, then goes on in parallel.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RunsAlone {
}
