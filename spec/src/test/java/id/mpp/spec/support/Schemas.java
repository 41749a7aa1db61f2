package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a schema means once its references and {@code allOf} members are followed. */
public final class Schemas {

    private Schemas() {
    }

    /** The schema a node stands for, its {@code $ref}s followed; an empty schema when it dangles. */
    public static ObjectNode resolve(JsonNode root, JsonNode schema) {
        JsonNode resolved = Refs.resolve(root, schema);
        return resolved instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    }

    /** The schema and, recursively, every {@code allOf} member of it, all resolved (the schema first). */
    public static List<ObjectNode> withAllOf(JsonNode root, JsonNode schema) {
        List<ObjectNode> all = new ArrayList<>();
        collectAllOf(root, schema, all, 0);
        return all;
    }

    private static void collectAllOf(JsonNode root, JsonNode schema, List<ObjectNode> all, int depth) {
        ObjectNode resolved = resolve(root, schema);
        if (depth > 32 || all.stream().anyMatch(seen -> seen == resolved)) {
            return;
        }
        all.add(resolved);
        for (JsonNode member : resolved.path("allOf")) {
            collectAllOf(root, member, all, depth + 1);
        }
    }

    /** Property name to (unresolved) property schema, merged over the schema and its {@code allOf} members. */
    public static Map<String, JsonNode> properties(JsonNode root, JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (ObjectNode part : withAllOf(root, schema)) {
            part.path("properties").properties().forEach(p -> properties.putIfAbsent(p.getKey(), p.getValue()));
        }
        return properties;
    }

    /** The required property names, merged over the schema and its {@code allOf} members. */
    public static Set<String> required(JsonNode root, JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        for (ObjectNode part : withAllOf(root, schema)) {
            part.path("required").forEach(name -> required.add(name.asText()));
        }
        return required;
    }

    /** The declared {@code type}, looking through references and {@code allOf}; "" when none is declared. */
    public static String type(JsonNode root, JsonNode schema) {
        for (ObjectNode part : withAllOf(root, schema)) {
            if (part.path("type").isTextual()) {
                return part.get("type").asText();
            }
        }
        return "";
    }

    /** The declared {@code format}, looking through references and {@code allOf}; "" when none is declared. */
    public static String format(JsonNode root, JsonNode schema) {
        for (ObjectNode part : withAllOf(root, schema)) {
            if (part.path("format").isTextual()) {
                return part.get("format").asText();
            }
        }
        return "";
    }

    /** A string of bytes ({@code type: string, format: binary}): file content, which examples cannot show. */
    public static boolean isBinary(JsonNode root, JsonNode schema) {
        return "string".equals(type(root, schema)) && "binary".equals(format(root, schema));
    }

    /** Whether the schema is the named component or extends it through {@code allOf}, at any depth. */
    public static boolean isOrExtends(JsonNode root, JsonNode schema, String componentName) {
        return isOrExtends(root, schema, componentName, 0);
    }

    private static boolean isOrExtends(JsonNode root, JsonNode schema, String componentName, int depth) {
        if (depth > 32 || schema == null) {
            return false;
        }
        if (Refs.schemaName(schema).filter(componentName::equals).isPresent()) {
            return true;
        }
        JsonNode target = Refs.resolve(root, schema);
        if (target != schema && isOrExtends(root, target, componentName, depth + 1)) {
            return true;
        }
        for (JsonNode member : target.path("allOf")) {
            if (isOrExtends(root, member, componentName, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any part of the schema (itself, its references or {@code allOf} members) carries the key. */
    public static boolean anyPartHas(JsonNode root, JsonNode schema, String key) {
        return withAllOf(root, schema).stream().anyMatch(part -> part.has(key));
    }
}
