package id.mpp.server.http.problem;

/**
 * The media types a route answering 204 declares, so that a client accepting only {@code application/json} reaches
 * it. The generated interfaces give such routes {@code @Produces("application/problem+json")} (their only documented
 * body is the error), and Micronaut then refuses {@code Accept: application/json} with 406 before the route runs:
 * the client's 400 or 204 became a 406 (GEN-001). A route implementing one of them repeats
 * {@code @Produces({NoContentRoutes.JSON, NoContentRoutes.PROBLEM})}; its errors are still problems.
 */
public final class NoContentRoutes {

    /** What a JSON client accepts. */
    public static final String JSON = "application/json";

    /** What every error is (RFC 9457). */
    public static final String PROBLEM = "application/problem+json";

    private NoContentRoutes() {
    }
}
