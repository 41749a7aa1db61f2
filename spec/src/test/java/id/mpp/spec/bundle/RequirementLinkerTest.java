package id.mpp.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RequirementLinkerTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final ObjectNode contract = read("""
            paths:
              /v1/documents:
                parameters: []
                get: {operationId: listDocuments}
                post: {operationId: uploadDocument}
              /v1/documents/{document_id}:
                get: {operationId: getDocument}
            """);

    @Test
    void writesEachRequirementIdIntoTheOperationsItNamesInCatalogueOrder() {
        ObjectNode catalogue = read("""
                requirements:
                  - {id: DOC-001, operations: [listDocuments, getDocument]}
                  - {id: DOC-002, operations: [getDocument]}
                  - {id: GEN-001}
                """);

        RequirementLinker.link(catalogue, contract);

        assertThat(ids("/v1/documents", "get")).isEqualTo("[\"DOC-001\"]");
        assertThat(ids("/v1/documents/{document_id}", "get")).isEqualTo("[\"DOC-001\",\"DOC-002\"]");
        assertThat(contract.path("paths").path("/v1/documents").path("post").has(RequirementLinker.EXTENSION)).isFalse();
    }

    @Test
    void refusesARequirementNamingAnUnknownOperation() {
        ObjectNode catalogue = read("""
                requirements:
                  - {id: DOC-009, operations: [downloadEverything]}
                """);

        assertThatThrownBy(() -> RequirementLinker.link(catalogue, contract))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("downloadEverything")
                .hasMessageContaining("DOC-009");
    }

    private String ids(String path, String method) {
        return contract.path("paths").path(path).path(method).path(RequirementLinker.EXTENSION).toString();
    }

    private static ObjectNode read(String yaml) {
        try {
            return (ObjectNode) YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
