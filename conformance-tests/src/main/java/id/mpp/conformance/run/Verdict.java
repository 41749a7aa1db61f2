package id.mpp.conformance.run;

/** The outcome of a test, and of a requirement. */
public enum Verdict {
    /** Every check held and every response conformed. */
    PASSED,
    /** A check failed, or a response broke the contract. */
    FAILED,
    /** Not run: its capability was not declared, or its profile was not selected. */
    NOT_TESTED
}
