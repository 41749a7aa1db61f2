package id.mpp.spec.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step that turns the contract's source fragments into the two files every other module reads.
 *
 * <p>Usage: {@code ContractBundler <openapi-dir> <requirements-dir> <output-dir>}. It writes
 * {@code mpp-digital-v1.yaml} (one self-contained OpenAPI document) and {@code mpp-digital-v1-requirements.yaml}
 * (the requirement catalogue) and {@code mpp-digital-v1.properties} (the contract's version). Any inconsistency between fragments fails the build with a message naming the file.
 */
public final class ContractBundler {

    static final String OPENAPI_OUTPUT = "mpp-digital-v1.yaml";
    static final String REQUIREMENTS_OUTPUT = "mpp-digital-v1-requirements.yaml";
    static final String VERSION_OUTPUT = "mpp-digital-v1.properties";

    private ContractBundler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ContractBundler <openapi-dir> <requirements-dir> <output-dir>");
        }
        Path outputDir = Path.of(args[2]);
        Files.createDirectories(outputDir);

        ObjectNode contract = new FragmentMerger(Path.of(args[0])).merge();
        String version = contract.path("info").path("version").asText();
        ObjectNode catalogue = new RequirementCatalogueMerger(Path.of(args[1]), version).merge();
        RequirementLinker.link(catalogue, contract);

        Yaml.write(contract, outputDir.resolve(OPENAPI_OUTPUT),
                "The MPP Digital API contract, bundled from spec/src/main/openapi. Do not edit: edit the fragments.");
        Yaml.write(catalogue, outputDir.resolve(REQUIREMENTS_OUTPUT),
                "The MPP Digital requirement catalogue, bundled from spec/src/main/requirements. Do not edit.");
        // Generated clients record the contract version they were built from (stripe-java's OPENAPI_VERSION).
        Files.writeString(outputDir.resolve(VERSION_OUTPUT), "contract.title=" + contract.path("info").path("title").asText()
                + "\ncontract.version=" + version + "\n", StandardCharsets.ISO_8859_1);
    }
}
