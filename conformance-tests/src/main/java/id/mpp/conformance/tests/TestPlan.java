package id.mpp.conformance.tests;

import java.util.List;

/** Every class of conformance tests, in the order the suite runs them. */
public final class TestPlan {

    /** The test classes of this suite version. */
    public static final List<Class<?>> ALL = List.of(
            ProblemFormatTests.class,
            RequestIdTests.class,
            LanguageTests.class,
            PaginationTests.class,
            AuthenticationTests.class,
            SecurityHeaderTests.class,
            CatalogueTests.class,
            DiscoveryTests.class,
            AuthorizationRequestTests.class,
            TokenEndpointTests.class);

    private TestPlan() {
    }
}
