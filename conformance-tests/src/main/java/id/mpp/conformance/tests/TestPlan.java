package id.mpp.conformance.tests;

import java.util.ArrayList;
import java.util.List;

/** Every class of conformance tests, in the order the suite runs them. */
public final class TestPlan {

    /** The tests that need no sign-in: the cross-cutting conventions, the public catalogue, SSO before sign-in. */
    public static final List<Class<?>> WITHOUT_SIGN_IN = List.of(
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

    /** The tests that sign accounts in (through the provider's pages, or with the vendor's tokens). */
    public static final List<Class<?>> WITH_SIGN_IN = List.of(
            CodeFlowTests.class,
            TokenFlowTests.class,
            PrivateKeyJwtTests.class,
            BearerTokenTests.class,
            UserInfoTests.class,
            RevocationTests.class,
            IntrospectionTests.class,
            LogoutTests.class,
            RegistrationTests.class,
            MeTests.class,
            PasswordTests.class,
            EmailVerificationTests.class,
            ConsentTests.class,
            DeletionTests.class,
            InputTests.class,
            IdempotencyTests.class,
            DocumentTests.class,
            InterruptedUploadTests.class,
            EventFeedTests.class,
            EventFeedOrderTests.class,
            WebhookSubscriptionTests.class,
            WebhookDeliveryTests.class,
            ServiceSearchTests.class,
            ApplicationTests.class,
            OfficerTests.class,
            ApplicationLifecycleTests.class,
            ApplicationRevisionTests.class,
            ApplicationIdempotencyTests.class,
            ApplicationDocumentTests.class,
            ApplicationEventTests.class,
            SurveyTests.class,
            SatisfactionTests.class);

    /** The test classes of this suite version. */
    public static final List<Class<?>> ALL = concat(WITHOUT_SIGN_IN, WITH_SIGN_IN);

    private TestPlan() {
    }

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        List<Class<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
