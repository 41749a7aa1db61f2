package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks an example value and its schema side by side: each value inside the example meets the schema that
 * describes it (through {@code $ref}, {@code allOf}, properties, {@code items}, {@code additionalProperties}, and
 * the branches of {@code oneOf}/{@code anyOf}).
 */
public final class ExampleWalker {

    /** What a walk reports. */
    public interface Visitor {

        /** A value and its schema: {@code parts} is the schema and its {@code allOf} members, all resolved. */
        void visit(Step step);

        /** An object member that no part of the object's schema declares, where the schema closes the object. */
        default void undeclared(String pointer, String name, List<ObjectNode> parts) {
        }
    }

    /**
     * One value and what describes it.
     *
     * @param value the value
     * @param parts the schema and its {@code allOf} members, resolved, the schema first
     * @param components the names of the schema components passed through to get here ({@code Nik}, ...)
     * @param pointer the JSON Pointer of the value inside the example ("" for the example itself)
     * @param propertyName the name of the member holding the value, or null
     */
    public record Step(JsonNode value, List<ObjectNode> parts, Set<String> components, String pointer, String propertyName) {

        /** The first {@code key} of any part, as text; "" when none has it. */
        public String text(String key) {
            return parts.stream().filter(p -> p.path(key).isValueNode()).map(p -> p.get(key).asText()).findFirst().orElse("");
        }

        public boolean any(String key) {
            return parts.stream().anyMatch(p -> p.path(key).asBoolean(false));
        }
    }

    private final JsonNode root;
    private final Visitor visitor;

    private ExampleWalker(JsonNode root, Visitor visitor) {
        this.root = root;
        this.visitor = visitor;
    }

    public static void walk(JsonNode root, JsonNode value, JsonNode schema, String propertyName, Visitor visitor) {
        if (schema != null) {
            new ExampleWalker(root, visitor).walk(value, schema, "", propertyName, 0);
        }
    }

    private void walk(JsonNode value, JsonNode schema, String pointer, String propertyName, int depth) {
        if (depth > 64) {
            return;
        }
        List<ObjectNode> parts = Schemas.withAllOf(root, schema);
        visitor.visit(new Step(value, parts, componentsOf(schema), pointer, propertyName));
        if (value.isObject()) {
            walkObject((ObjectNode) value, parts, pointer, depth);
        } else if (value.isArray()) {
            for (ObjectNode part : parts) {
                if (part.has("items")) {
                    for (int i = 0; i < value.size(); i++) {
                        walk(value.get(i), part.get("items"), pointer + "/" + i, propertyName, depth + 1);
                    }
                    break;
                }
            }
        }
    }

    private void walkObject(ObjectNode value, List<ObjectNode> parts, String pointer, int depth) {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        List<JsonNode> additional = new ArrayList<>();
        boolean open = collect(parts, declared, additional, 0);
        value.properties().forEach(member -> {
            String childPointer = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode childSchema = declared.get(member.getKey());
            if (childSchema != null) {
                walk(member.getValue(), childSchema, childPointer, member.getKey(), depth + 1);
            } else if (!additional.isEmpty()) {
                walk(member.getValue(), additional.get(0), childPointer, member.getKey(), depth + 1);
            } else if (!open) {
                visitor.undeclared(childPointer, member.getKey(), parts);
            }
        });
    }

    /**
     * Gathers the declared properties of the parts and of their {@code oneOf}/{@code anyOf} branches; answers
     * whether the object is open (any member allowed: no properties declared, or additionalProperties allowed).
     */
    private boolean collect(List<ObjectNode> parts, Map<String, JsonNode> declared, List<JsonNode> additional, int depth) {
        boolean declaresProperties = false;
        boolean allowsAny = false;
        for (ObjectNode part : parts) {
            part.path("properties").properties().forEach(p -> declared.putIfAbsent(p.getKey(), p.getValue()));
            declaresProperties |= part.path("properties").size() > 0 || part.path("additionalProperties").isBoolean();
            JsonNode extra = part.get("additionalProperties");
            if (extra != null && extra.isObject()) {
                additional.add(extra);
            } else if (extra != null && extra.asBoolean(false)) {
                allowsAny = true;
            }
            for (String list : List.of("oneOf", "anyOf")) {
                for (JsonNode branch : part.path(list)) {
                    if (depth < 8) {
                        declaresProperties = true;
                        allowsAny |= collect(Schemas.withAllOf(root, branch), declared, additional, depth + 1);
                    }
                }
            }
        }
        return allowsAny || !additional.isEmpty() || !declaresProperties;
    }

    private Set<String> componentsOf(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        addComponents(schema, names, 0);
        return names;
    }

    private void addComponents(JsonNode schema, Set<String> names, int depth) {
        if (depth > 32) {
            return;
        }
        Optional<String> name = Refs.schemaName(schema);
        if (name.isPresent() && !names.add(name.get())) {
            return;
        }
        JsonNode target = Refs.resolve(root, schema);
        if (target != schema) {
            addComponents(target, names, depth + 1);
        }
        for (JsonNode member : target.path("allOf")) {
            addComponents(member, names, depth + 1);
        }
    }
}
