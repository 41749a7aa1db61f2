package id.mpp.spec.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Concatenates the per-area requirement files into one catalogue, refusing a requirement ID defined twice.
 *
 * <p>Each source file holds {@code area}, {@code title} and {@code requirements}; the bundle keeps the areas
 * (sorted by file name) and a flat list of every requirement tagged with its area.
 */
final class RequirementCatalogueMerger {

    private final Path sourceDir;
    private final String contractVersion;

    RequirementCatalogueMerger(Path sourceDir, String contractVersion) {
        this.sourceDir = sourceDir;
        this.contractVersion = contractVersion;
    }

    ObjectNode merge() {
        ObjectNode catalogue = JsonNodeFactory.instance.objectNode();
        catalogue.put("contract", "MPP Digital API");
        catalogue.put("contract_version", contractVersion);
        ArrayNode areas = catalogue.putArray("areas");
        ArrayNode requirements = catalogue.putArray("requirements");
        Set<String> ids = new HashSet<>();
        for (Path file : sourceFiles()) {
            ObjectNode source = Yaml.readObject(file);
            String area = source.path("area").asText();
            if (area.isEmpty() || !source.path("requirements").isArray()) {
                throw new BundleException(file, "must hold 'area', 'title' and a 'requirements' list");
            }
            areas.addObject().put("area", area).put("title", source.path("title").asText());
            for (JsonNode requirement : source.path("requirements")) {
                String id = requirement.path("id").asText();
                if (!ids.add(id)) {
                    throw new BundleException(file, "defines requirement '" + id + "' again");
                }
                ObjectNode copy = JsonNodeFactory.instance.objectNode();
                copy.put("id", id);
                copy.put("area", area);
                ObjectNode rest = ((ObjectNode) requirement).deepCopy();
                rest.remove("id");
                copy.setAll(rest);
                requirements.add(copy);
            }
        }
        return catalogue;
    }

    private List<Path> sourceFiles() {
        try (Stream<Path> files = Files.list(sourceDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
