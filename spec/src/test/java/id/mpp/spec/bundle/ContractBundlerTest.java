package id.mpp.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractBundlerTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @Test
    void writesTheContractAndTheCatalogueWithTheRequirementsLinkedIntoTheOperations() throws IOException {
        Path openapi = Files.createDirectories(dir.resolve("openapi"));
        Path requirements = Files.createDirectories(dir.resolve("requirements"));
        Path out = dir.resolve("out");
        SourceTree.standard(openapi);
        new SourceTree(requirements).file("documents.yaml", RequirementCatalogueMergerTest.DOC);

        ContractBundler.main(new String[] {openapi.toString(), requirements.toString(), out.toString()});

        JsonNode contract = YAML.readTree(out.resolve(ContractBundler.OPENAPI_OUTPUT).toFile());
        JsonNode catalogue = YAML.readTree(out.resolve(ContractBundler.REQUIREMENTS_OUTPUT).toFile());
        assertThat(contract.path("paths").path("/v1/documents/{document_id}").path("get").path("x-mpp-requirements").toString())
                .isEqualTo("[\"DOC-001\"]");
        assertThat(catalogue.path("contract_version").asText()).isEqualTo("1.0.0");
        assertThat(catalogue.path("requirements").get(0).path("id").asText()).isEqualTo("DOC-001");
    }

    @Test
    void refusesAnotherNumberOfArguments() {
        assertThatThrownBy(() -> ContractBundler.main(new String[] {dir.toString()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("usage: ContractBundler");
    }
}
