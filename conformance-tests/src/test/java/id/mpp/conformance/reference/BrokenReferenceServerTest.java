package id.mpp.conformance.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.config.ConfigLoader;
import id.mpp.conformance.config.VendorConfig;
import id.mpp.conformance.run.ProgressListener;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.SuiteRunner;
import id.mpp.conformance.run.Verdict;
import id.mpp.conformance.tests.AuthenticationTests;
import id.mpp.conformance.tests.AuthorizationRequestTests;
import id.mpp.conformance.tests.BearerTokenTests;
import id.mpp.conformance.tests.CodeFlowTests;
import id.mpp.conformance.tests.MeTests;
import id.mpp.conformance.tests.TokenFlowTests;
import id.mpp.conformance.tests.UserInfoTests;
import id.mpp.conformance.tests.WebhookDeliveryTests;
import id.mpp.conformance.tests.WebhookSubscriptionTests;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that the sign-in and webhook tests can fail: the real reference server, behind {@link FaultProxy} with one fault switched
 * on, makes exactly the tests that prove the broken rule fail among the test classes of that area.
 */
class BrokenReferenceServerTest {

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(ProxyFault.ALG_NONE_ACCEPTED, List.of(BearerTokenTests.class, AuthenticationTests.class),
                        List.of("BearerTokenTests.anUnsignedCopyOfAValidTokenIsRefused")),
                Arguments.of(ProxyFault.SIGNATURE_NOT_VERIFIED, List.of(BearerTokenTests.class),
                        List.of("BearerTokenTests.aTokenWithChangedClaimsAndTheOriginalSignatureIsRefused",
                                "BearerTokenTests.anUnsignedCopyOfAValidTokenIsRefused",
                                "BearerTokenTests.aCopySignedWithHs256AndThePublicKeyIsRefused",
                                "BearerTokenTests.aCopySignedWithAnotherKeyUnderTheProvidersKidIsRefused",
                                "BearerTokenTests.aTokenWithAnUnknownKidIsRefused",
                                "BearerTokenTests.aTokenFromAnotherIssuerIsRefused",
                                "BearerTokenTests.anIdTokenIsNotAnAccessToken")),
                Arguments.of(ProxyFault.CODE_REUSE_ACCEPTED, List.of(TokenFlowTests.class),
                        List.of("TokenFlowTests.aCodeRedeemedTwiceAnswersInvalidGrantAndRevokesTheFirstTokens")),
                Arguments.of(ProxyFault.PKCE_NOT_CHECKED, List.of(TokenFlowTests.class),
                        List.of("TokenFlowTests.aCodeWithoutVerifierAnswersInvalidRequest",
                                "TokenFlowTests.aCodeWithAWrongVerifierAnswersInvalidGrant",
                                "TokenFlowTests.aPublicClientsCodeWithAWrongVerifierAnswersInvalidGrant")),
                Arguments.of(ProxyFault.REFRESH_REUSE_ACCEPTED, List.of(TokenFlowTests.class),
                        List.of("TokenFlowTests.reusingARotatedRefreshTokenRevokesTheWholeFamily")),
                Arguments.of(ProxyFault.USERINFO_RELEASES_NIK, List.of(UserInfoTests.class),
                        List.of("UserInfoTests.openidAloneReleasesOnlySub",
                                "UserInfoTests.theNikIsReleasedOnlyWhenTheCitizenTickedIt")),
                Arguments.of(ProxyFault.IF_MATCH_IGNORED, List.of(MeTests.class),
                        List.of("MeTests.aPatchWithoutIfMatchAnswers428AndChangesNothing",
                                "MeTests.aPatchWithAStaleIfMatchAnswers412AndChangesNothing",
                                "MeTests.aPatchWithTheCurrentETagSucceedsAndAnswersTheNextETag",
                                "MeTests.aDeletionWithoutIfMatchAnswers428AndKeepsTheAccount",
                                "MeTests.aDeletionWithAStaleIfMatchAnswers412AndKeepsTheAccount")),
                Arguments.of(ProxyFault.REDIRECT_WITHOUT_ISS, List.of(CodeFlowTests.class, AuthorizationRequestTests.class),
                        List.of("CodeFlowTests.aSuccessfulSignInRedirectsWithCodeStateAndIss",
                                "CodeFlowTests.withoutStateTheRedirectCarriesNoState",
                                "CodeFlowTests.promptNoneWithoutASessionRedirectsWithLoginRequired",
                                "AuthorizationRequestTests.aRequestWithoutCodeChallengeRedirectsWithInvalidRequest",
                                "AuthorizationRequestTests.thePlainMethodRedirectsWithInvalidRequest",
                                "AuthorizationRequestTests.aResponseTypeOtherThanCodeRedirectsWithUnsupportedResponseType",
                                "AuthorizationRequestTests.aScopeWithoutOpenidRedirectsWithInvalidScope")),
                Arguments.of(ProxyFault.WEBHOOK_SECRET_SHOWN, List.of(WebhookSubscriptionTests.class),
                        List.of("WebhookSubscriptionTests.theSecretIsShownOnlyOnCreationAndRotation")),
                Arguments.of(ProxyFault.WEBHOOK_SECRET_MISREPORTED, List.of(WebhookDeliveryTests.class),
                        List.of("WebhookDeliveryTests.anEventIsPostedSignedAndExactlyAsInTheFeed",
                                "WebhookDeliveryTests.aFailedAttemptIsRetriedAfterFiveSecondsAndTheNextEventWaitsForIt",
                                "WebhookDeliveryTests.aRedeliveryIsOneSignedManualAttemptWhateverTheSubscriptionsStateAndTypes",
                                "WebhookDeliveryTests.aRotatedSecretSignsBesideTheNewOneAndAtMostTwoEverSign")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void exactlyTheTestsProvingTheBrokenRuleFail(ProxyFault fault, List<Class<?>> classes, List<String> expected) {
        ReferenceServer server = ReferenceServer.shared();
        VendorConfig config = ConfigLoader.load(Path.of("reference-server.vendor.yaml"), server.baseUrl());
        SuiteResult result;
        server.proxy().faults(Set.of(fault));
        try {
            result = new SuiteRunner(config, Set.of(), ProgressListener.NONE, 4).run(classes);
        } finally {
            server.proxy().faults(Set.of());
        }
        assertThat(result.failedTests()).as("failed tests with %s: %s", fault, result.results().stream()
                .filter(r -> r.verdict() == Verdict.FAILED).map(r -> r.test().name() + ": " + r.message()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.results()).filteredOn(r -> r.verdict() == Verdict.FAILED)
                .allSatisfy(r -> assertThat(r.exchanges()).isNotEmpty());
    }
}
