package id.mpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.conformance.fake.Fault;
import id.mpp.conformance.run.SuiteResult;
import id.mpp.conformance.run.SuiteRunner;
import id.mpp.conformance.run.TestCase;
import id.mpp.conformance.run.TestResult;
import id.mpp.conformance.run.Verdict;
import id.mpp.conformance.tests.TestPlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proof that the suite can fail: each fault makes exactly the tests that prove the broken rule fail. */
class BrokenServerTest {

    private static final Map<Fault, List<String>> EXPECTED_FAILURES = Map.ofEntries(
            Map.entry(Fault.HTML_NOT_FOUND, List.of(
                    "ProblemFormatTests.anUnknownPathAnswers404ProblemNotAnHtmlPage",
                    "CatalogueTests.anUnknownAgencyAnswers404",
                    "CatalogueTests.servicesAreListedOnlyWhenActiveAndUnknownOnesAnswer404")),
            Map.entry(Fault.MALFORMED_JSON_500, List.of("ProblemFormatTests.malformedJsonAnswers400MalformedRequest")),
            Map.entry(Fault.REQUEST_ID_NOT_ECHOED, List.of(
                    "RequestIdTests.aValidRequestIdIsEchoed",
                    "RequestIdTests.aProblemCarriesTheRequestId")),
            Map.entry(Fault.NO_REQUEST_ID, allTests()),
            Map.entry(Fault.PROBLEM_WITHOUT_TYPE, List.of(
                    "ProblemFormatTests.anErrorAnswerIsAProblemWhoseStatusMatches",
                    "RequestIdTests.aProblemCarriesTheRequestId",
                    "LanguageTests.problemTypesAreTheSameInBothLanguages",
                    "SecurityHeaderTests.anErrorSendsNosniff",
                    "CatalogueTests.anUnservedRegionAnswers404")),
            Map.entry(Fault.FORBIDDEN_INSTEAD_OF_401, authenticationTests()),
            Map.entry(Fault.NO_WWW_AUTHENTICATE, authenticationTests()),
            Map.entry(Fault.PAGE_SIZE_ZERO_ACCEPTED, List.of("PaginationTests.pageSizeZeroAnswersValidationErrorWithPointer")),
            Map.entry(Fault.FORGED_PAGE_TOKEN_ACCEPTED, List.of("PaginationTests.aForgedPageTokenAnswersValidationError")),
            Map.entry(Fault.NO_NOSNIFF, List.of(
                    "SecurityHeaderTests.aSuccessSendsNosniff",
                    "SecurityHeaderTests.anErrorSendsNosniff",
                    "SecurityHeaderTests.anUnauthenticatedAnswerSendsNosniff")),
            Map.entry(Fault.REGION_CODE_AS_NUMBER, List.of("CatalogueTests.everyCatalogueReadAnswers200WithoutAToken")),
            Map.entry(Fault.NO_ALLOW_HEADER, List.of("ProblemFormatTests.anUnsupportedMethodAnswers405WithAllow")),
            Map.entry(Fault.PKCE_PLAIN_ADVERTISED, List.of("DiscoveryTests.discoveryAdvertisesOnlyWhatTheProfileAllows")),
            // The contract's Jwk schema has no "d": every test that reads the set fails through GEN-022 as well.
            Map.entry(Fault.JWKS_PRIVATE_MEMBER, List.of("DiscoveryTests.theJwkSetHoldsOnlyPublicRsaSigningKeys",
                    "DiscoveryTests.theJwkSetIsCachedForAtMostAnHour")),
            Map.entry(Fault.ACCEPT_LANGUAGE_IGNORED, List.of("LanguageTests.textsAreIndonesianByDefaultAndEnglishOnRequest")),
            Map.entry(Fault.TOKEN_ERRORS_CACHEABLE, names("TokenEndpointTests")),
            Map.entry(Fault.INVALID_CLIENT_AS_400, List.of(
                    "TokenEndpointTests.aConfidentialClientWithoutCredentialsAnswersInvalidClient",
                    "TokenEndpointTests.aConfidentialClientWithAWrongSecretAnswersInvalidClient",
                    "TokenEndpointTests.aSecretInTheBodyIsRefused")),
            Map.entry(Fault.PKCE_PLAIN_ACCEPTED, List.of("AuthorizationRequestTests.thePlainMethodRedirectsWithInvalidRequest")),
            Map.entry(Fault.REDIRECT_URI_PREFIX_MATCH, List.of(
                    "AuthorizationRequestTests.aRedirectUriWithATrailingSlashAnswers400WithoutRedirecting")),
            Map.entry(Fault.SERVICE_AGENCY_NAME_STALE, List.of("CatalogueTests.everyServiceNamesAnAgencyOfItsRegionByItsName")),
            Map.entry(Fault.LOGIN_PAGE_FRAMEABLE, List.of("AuthorizationRequestTests.theLoginPageForbidsFramingAndCaching")));

    static Stream<Arguments> faults() {
        return Stream.of(Fault.values()).map(f -> Arguments.of(f, EXPECTED_FAILURES.get(f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void exactlyTheTestsProvingTheBrokenRuleFail(Fault fault, List<String> expected) {
        assertThat(expected).as("expected failures of %s are declared", fault).isNotNull();

        SuiteResult result = FakeRuns.run(Set.of(fault));

        assertThat(result.failedTests()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.requiredPassed()).isFalse();
        assertThat(result.results()).filteredOn(r -> r.verdict() == Verdict.FAILED)
                .allSatisfy(r -> assertThat(r.exchanges()).isNotEmpty());
    }

    @Test
    void aBodyAgainstTheSchemaFailsTheTestThatReadItWithoutTheTestAsking() {
        TestResult failed = FakeRuns.run(Set.of(Fault.REGION_CODE_AS_NUMBER)).results().stream()
                .filter(r -> r.verdict() == Verdict.FAILED).findFirst().orElseThrow();

        assertThat(failed.message()).contains("GEN-022").contains("/v1/regions/");
        assertThat(FakeRuns.run(Set.of(Fault.REGION_CODE_AS_NUMBER)).requirementVerdicts())
                .containsEntry("GEN-022", Verdict.FAILED).containsEntry("CAT-002", Verdict.PASSED);
    }

    private static List<String> authenticationTests() {
        return names("AuthenticationTests");
    }

    private static List<String> allTests() {
        return SuiteRunner.discover(TestPlan.WITHOUT_SIGN_IN).stream().map(TestCase::name).toList();
    }

    private static List<String> names(String className) {
        return allTests().stream().filter(n -> n.startsWith(className + ".")).toList();
    }
}
