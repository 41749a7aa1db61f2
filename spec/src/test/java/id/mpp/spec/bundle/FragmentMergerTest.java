package id.mpp.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentMergerTest {

    @TempDir
    Path dir;

    @Test
    void mergesThePathsComponentsAndProblemTypesOfEveryListedFragment() {
        ObjectNode merged = new FragmentMerger(SourceTree.standard(dir).dir()).merge();

        assertThat(merged.has(FragmentMerger.FRAGMENT_LIST)).isFalse();
        assertThat(merged.path("paths").fieldNames()).toIterable().containsExactly("/v1/documents", "/v1/documents/{document_id}");
        assertThat(merged.path("components").path("schemas").fieldNames()).toIterable().containsExactly("Problem", "Document");
        assertThat(merged.path("components").has("securitySchemes")).isTrue();
        assertThat(merged.path("x-mpp-problem-types").findValuesAsText("type")).containsExactly(
                "https://mpp-digital.go.id/problems/not-found", "https://mpp-digital.go.id/problems/document-too-large");
    }

    @Test
    void keepsTheComponentsAfterThePaths() {
        ObjectNode merged = new FragmentMerger(SourceTree.standard(dir).dir()).merge();

        assertThat(merged.fieldNames()).toIterable().endsWith("paths", "components");
    }

    @Test
    void refusesAPathDefinedTwiceNamingTheFile() {
        SourceTree.standard(dir).file("common.yaml", """
                paths:
                  /v1/documents:
                    get: {operationId: listDocumentsAgain, responses: {'200': {description: ok}}}
                """);

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("documents.yaml defines path '/v1/documents' again");
    }

    @Test
    void refusesAComponentDefinedTwiceNamingTheFile() {
        SourceTree.standard(dir).file("common.yaml", """
                components:
                  schemas:
                    Document: {type: object, description: Also a document.}
                """);

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("documents.yaml defines schemas 'Document' again");
    }

    @Test
    void refusesAProblemTypeDefinedTwiceNamingTheFile() {
        SourceTree.standard(dir).file("common.yaml", """
                x-mpp-problem-types:
                  - type: https://mpp-digital.go.id/problems/not-found
                    status: 404
                """);

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("common.yaml defines problem type 'https://mpp-digital.go.id/problems/not-found' again");
    }

    @Test
    void refusesATagDefinedTwiceNamingTheFile() {
        SourceTree.standard(dir).file("common.yaml", """
                tags:
                  - name: Documents
                    description: Again.
                """);

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("common.yaml defines tag 'Documents' again");
    }

    @Test
    void refusesAFragmentTheRootDoesNotList() {
        SourceTree.standard(dir).file("events.yaml", "paths: {}\n");

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("openapi.yaml does not list the fragment events.yaml in x-bundle-fragments");
    }

    @Test
    void refusesAFragmentWithAnotherTopLevelKey() {
        SourceTree.standard(dir).file("documents.yaml", """
                info:
                  title: Not for a fragment
                paths: {}
                """);

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith("documents.yaml may hold only ")
                .hasMessageEndingWith(", not 'info'");
    }

    @Test
    void refusesARootWithoutItsFragmentList() {
        SourceTree.standard(dir).file("openapi.yaml", SourceTree.ROOT.replace("x-bundle-fragments: [common.yaml, documents.yaml]\n", ""));

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessage("openapi.yaml must list its fragments in x-bundle-fragments");
    }

    @Test
    void refusesAFragmentThatDoesNotParseNamingTheFile() {
        SourceTree.standard(dir).file("documents.yaml", "paths: [unclosed\n");

        assertThatThrownBy(() -> new FragmentMerger(dir).merge())
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith("documents.yaml does not parse");
    }
}
