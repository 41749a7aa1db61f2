package id.mpp.spec.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.ParsedContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requirement catalogue is consistent with itself and with the contract; each check can fail. */
class RequirementCatalogueTest {

    private static final ParsedContract BROKEN =
            ParsedContract.fixture("fixtures/valid/contract.yaml", "fixtures/broken/requirements.yaml");

    private final ParsedContract bundled = ParsedContract.bundled();

    @Test
    void requirementIdsAreUniqueAndWellFormed() {
        assertNone(RequirementCatalogueChecks.idsAreUniqueAndWellFormed(bundled.catalogue()));
    }

    @Test
    void requirementsHaveALevelACapabilityAndAStatement() {
        assertNone(RequirementCatalogueChecks.fieldsAreValid(bundled.catalogue()));
    }

    @Test
    void requirementsNameExistingOperations() {
        assertNone(RequirementCatalogueChecks.requirementsNameExistingOperations(bundled.catalogue(), bundled.operations()));
    }

    @Test
    void theCatalogueCoversSsoDocumentsAndApplicationsEnough() {
        assertNone(RequirementCatalogueChecks.areasAreCoveredEnough(bundled.catalogue()));
    }

    @Test
    void reportsMalformedDuplicateAndMisplacedIds() {
        assertThat(RequirementCatalogueChecks.idsAreUniqueAndWellFormed(BROKEN.catalogue())).containsExactlyInAnyOrder(
                "requirement 'DOC-1': ID is not AREA-NNN with a known area",
                "requirement 'PAY-001': ID is not AREA-NNN with a known area",
                "DOC-002: defined twice",
                "APP-001: defined in area DOC");
    }

    @Test
    void reportsUnknownLevelsAndCapabilitiesAndEmptyStatements() {
        assertThat(RequirementCatalogueChecks.fieldsAreValid(BROKEN.catalogue()))
                .contains("DOC-002: level 'MAY' is not MUST or SHOULD", "DOC-002: has no statement")
                .anySatisfy(v -> assertThat(v).startsWith("APP-001: capability 'payments' is not one of"))
                .hasSize(3);
    }

    @Test
    void reportsRequirementsWithoutOperationsOrWithUnknownOnes() {
        assertThat(RequirementCatalogueChecks.requirementsNameExistingOperations(BROKEN.catalogue(), BROKEN.operations()))
                .containsExactlyInAnyOrder(
                        "DOC-002: names no operation",
                        "APP-001: names the unknown operation 'submitApplication'");
    }

    @Test
    void reportsACatalogueTooSmall() {
        assertThat(RequirementCatalogueChecks.areasAreCoveredEnough(BROKEN.catalogue()))
                .anySatisfy(v -> assertThat(v).startsWith("SSO+ACC, DOC and APP+CAT+SKM hold 4 requirements, fewer than 80"))
                .contains("SSO holds 0 requirements, fewer than 15", "DOC holds 3 requirements, fewer than 15",
                        "APP holds 1 requirements, fewer than 15");
    }

    @Test
    void aGeneralRequirementNeedsNoOperation() {
        JsonNode general = BROKEN.catalogue().path("requirements").get(0);
        assertThat(general.path("id").asText()).isEqualTo("GEN-001");
        assertThat(general.has("operations")).isFalse();
        assertThat(RequirementCatalogueChecks.requirementsNameExistingOperations(BROKEN.catalogue(), BROKEN.operations()))
                .noneSatisfy(v -> assertThat(v).startsWith("GEN-001"));
    }

    private static void assertNone(List<String> violations) {
        assertThat(violations)
                .withFailMessage(() -> "the requirement catalogue is inconsistent in " + violations.size()
                        + " place(s):\n  - " + String.join("\n  - ", violations))
                .isEmpty();
    }
}
