package id.mpp.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementCatalogueMergerTest {

    static final String DOC = """
            area: DOC
            title: Document vault
            requirements:
              - id: DOC-001
                level: MUST
                capability: core
                statement: Another citizen's document answers 404.
                operations: [getDocument]
            """;

    static final String GEN = """
            area: GEN
            title: Conventions
            requirements:
              - id: GEN-001
                level: MUST
                capability: core
                statement: Every error is a problem.
            """;

    @TempDir
    Path dir;

    @Test
    void concatenatesTheAreasInFileOrderTaggingEachRequirementWithItsArea() {
        new SourceTree(dir).file("gen.yaml", GEN).file("documents.yaml", DOC);

        ObjectNode catalogue = new RequirementCatalogueMerger(dir, "1.2.3").merge();

        assertThat(catalogue.path("contract_version").asText()).isEqualTo("1.2.3");
        assertThat(catalogue.path("areas").findValuesAsText("area")).containsExactly("DOC", "GEN");
        assertThat(catalogue.path("requirements").findValuesAsText("id")).containsExactly("DOC-001", "GEN-001");
        assertThat(catalogue.path("requirements").get(0).path("area").asText()).isEqualTo("DOC");
        assertThat(catalogue.path("requirements").get(0).path("operations").get(0).asText()).isEqualTo("getDocument");
    }

    @Test
    void refusesARequirementIdDefinedTwiceNamingTheFile() {
        new SourceTree(dir).file("documents.yaml", DOC).file("more-documents.yaml", DOC.replace("Document vault", "More"));

        assertThatThrownBy(() -> new RequirementCatalogueMerger(dir, "1.0.0").merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("more-documents.yaml defines requirement 'DOC-001' again");
    }

    @Test
    void refusesAFileWithoutItsAreaNamingTheFile() {
        new SourceTree(dir).file("documents.yaml", DOC.replace("area: DOC\n", ""));

        assertThatThrownBy(() -> new RequirementCatalogueMerger(dir, "1.0.0").merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("documents.yaml must hold 'area', 'title' and a 'requirements' list");
    }
}
