package id.mpp.spec.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes the YAML of the contract, keeping key order and quoting every string value. */
final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            // Every string value is quoted: YAML 1.1 readers would otherwise turn 2026-11-20T08:15:00Z into a
            // timestamp, 33.02 into a number and "no" into a boolean.
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private Yaml() {
    }

    static ObjectNode readObject(Path file) {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new BundleException(file, "is not a YAML mapping");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new BundleException(file, "does not parse: " + e.getMessage());
        }
    }

    static void write(JsonNode tree, Path file, String headerComment) {
        try {
            String yaml = MAPPER.writeValueAsString(tree);
            Files.writeString(file, "# " + headerComment + "\n" + yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
