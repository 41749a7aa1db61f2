package id.mpp.spec.support;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/** Follows the local references ({@code #/components/...}) of a contract tree. */
public final class Refs {

    private static final String COMPONENTS = "#/components/";

    private Refs() {
    }

    /** The node itself, or what its {@code $ref} chain points to; a missing node when a reference dangles. */
    public static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 32 && current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return MissingNode.getInstance();
            }
            current = root.at(JsonPointer.compile(ref.substring(1)));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /** {@code schemas/Problem} for a node {@code {$ref: '#/components/schemas/Problem'}}. */
    public static Optional<String> componentKey(JsonNode node) {
        if (node == null || !node.path("$ref").isTextual()) {
            return Optional.empty();
        }
        String ref = node.get("$ref").asText();
        return ref.startsWith(COMPONENTS) ? Optional.of(ref.substring(COMPONENTS.length())) : Optional.empty();
    }

    /** {@code Problem} for a node {@code {$ref: '#/components/schemas/Problem'}}. */
    public static Optional<String> schemaName(JsonNode node) {
        return componentKey(node).filter(key -> key.startsWith("schemas/")).map(key -> key.substring("schemas/".length()));
    }
}
