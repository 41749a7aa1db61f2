package id.mpp.spec.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Merges the contract's fragments into one OpenAPI document.
 *
 * <p>The root file {@code openapi.yaml} lists the fragments in {@code x-bundle-fragments}, in the order their
 * paths appear in the bundle. A fragment may hold only {@code paths}, {@code components}, {@code tags} and
 * problem types of its area ({@code x-mpp-problem-types}); a path, component, tag or problem type defined twice,
 * or a fragment file the root does not list, fails the build. All references are
 * local ({@code #/components/...}), so merging needs no reference rewriting.
 */
final class FragmentMerger {

    static final String ROOT_FILE = "openapi.yaml";
    static final String FRAGMENT_LIST = "x-bundle-fragments";
    static final String PROBLEM_TYPES = "x-mpp-problem-types";
    private static final Set<String> FRAGMENT_KEYS = Set.of("paths", "components", "tags", PROBLEM_TYPES);

    private final Path sourceDir;

    FragmentMerger(Path sourceDir) {
        this.sourceDir = sourceDir;
    }

    ObjectNode merge() {
        Path rootFile = sourceDir.resolve(ROOT_FILE);
        ObjectNode root = Yaml.readObject(rootFile);
        JsonNode listed = root.remove(FRAGMENT_LIST);
        if (listed == null || !listed.isArray()) {
            throw new BundleException(rootFile, "must list its fragments in " + FRAGMENT_LIST);
        }
        List<String> fragments = new ArrayList<>();
        listed.forEach(name -> fragments.add(name.asText()));
        checkEveryFileIsListed(rootFile, fragments);

        ObjectNode paths = objectField(root, "paths");
        ObjectNode components = objectField(root, "components");
        ArrayNode tags = root.has("tags") ? (ArrayNode) root.get("tags") : root.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        tags.forEach(tag -> tagNames.add(tag.path("name").asText()));
        ArrayNode problemTypes = root.has(PROBLEM_TYPES) ? (ArrayNode) root.get(PROBLEM_TYPES) : root.putArray(PROBLEM_TYPES);
        Set<String> problemTypeUris = new HashSet<>();
        problemTypes.forEach(problem -> problemTypeUris.add(problem.path("type").asText()));

        for (String name : fragments) {
            Path file = sourceDir.resolve(name);
            ObjectNode fragment = Yaml.readObject(file);
            fragment.fieldNames().forEachRemaining(key -> {
                if (!FRAGMENT_KEYS.contains(key)) {
                    throw new BundleException(file, "may hold only " + FRAGMENT_KEYS + ", not '" + key + "'");
                }
            });
            putAllNew(file, "path", paths, fragment.path("paths"));
            for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("components").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                putAllNew(file, kind.getKey(), objectField(components, kind.getKey()), kind.getValue());
            }
            for (JsonNode tag : fragment.path("tags")) {
                if (!tagNames.add(tag.path("name").asText())) {
                    throw new BundleException(file, "defines tag '" + tag.path("name").asText() + "' again");
                }
                tags.add(tag);
            }
            for (JsonNode problem : fragment.path(PROBLEM_TYPES)) {
                if (!problemTypeUris.add(problem.path("type").asText())) {
                    throw new BundleException(file, "defines problem type '" + problem.path("type").asText() + "' again");
                }
                problemTypes.add(problem);
            }
        }
        // Keep the conventional key order: the paths after the document's header, the components last.
        root.remove("paths");
        root.remove("components");
        root.set("paths", paths);
        root.set("components", components);
        return root;
    }

    private void checkEveryFileIsListed(Path rootFile, List<String> fragments) {
        try (Stream<Path> files = Files.list(sourceDir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals(ROOT_FILE))
                    .filter(n -> !fragments.contains(n))
                    .findFirst()
                    .ifPresent(n -> {
                        throw new BundleException(rootFile, "does not list the fragment " + n + " in " + FRAGMENT_LIST);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode objectField(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ObjectNode ? (ObjectNode) existing : parent.putObject(name);
    }

    private static void putAllNew(Path file, String what, ObjectNode target, JsonNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (target.has(entry.getKey())) {
                throw new BundleException(file, "defines " + what + " '" + entry.getKey() + "' again");
            }
            target.set(entry.getKey(), entry.getValue());
        }
    }
}
