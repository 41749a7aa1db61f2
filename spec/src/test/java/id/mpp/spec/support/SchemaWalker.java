package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Visits every schema object of a contract where it is written: the components, and the inline schemas of
 * parameters, headers, request bodies and responses, and every schema nested in those (properties, items,
 * {@code allOf}/{@code oneOf}/{@code anyOf}, {@code additionalProperties}, {@code not}). A {@code $ref} is visited
 * as written and not followed: its target is visited where it is defined.
 */
public final class SchemaWalker {

    private final ObjectNode root;
    private final List<SchemaSite> sites = new ArrayList<>();

    private SchemaWalker(ObjectNode root) {
        this.root = root;
    }

    public static List<SchemaSite> sites(ObjectNode root) {
        SchemaWalker walker = new SchemaWalker(root);
        walker.walkComponents();
        walker.walkPaths();
        return walker.sites;
    }

    private void walkComponents() {
        JsonNode components = root.path("components");
        Where base = Where.of("components");
        components.path("schemas").properties().forEach(e ->
                schema(e.getValue(), base.child("schemas", e.getKey()), null, List.of(), "schemas/" + e.getKey(), null, null, null));
        components.path("parameters").properties().forEach(e ->
                parameter(e.getValue(), base.child("parameters", e.getKey()), "parameters/" + e.getKey(), null));
        components.path("headers").properties().forEach(e ->
                header(e.getValue(), base.child("headers", e.getKey()), "headers/" + e.getKey(), null));
        components.path("responses").properties().forEach(e ->
                response(e.getValue(), base.child("responses", e.getKey()), "responses/" + e.getKey(), null));
        components.path("requestBodies").properties().forEach(e ->
                content(e.getValue().path("content"), base.child("requestBodies", e.getKey(), "content"), "requestBodies/" + e.getKey(), null));
    }

    private void walkPaths() {
        root.path("paths").properties().forEach(path -> {
            if (!(path.getValue() instanceof ObjectNode pathItem)) {
                return;
            }
            Where pathWhere = Where.of("paths", path.getKey());
            parameters(pathItem.path("parameters"), pathWhere, null, pathItem);
            for (String method : Operation.METHODS) {
                if (!(pathItem.get(method) instanceof ObjectNode node)) {
                    continue;
                }
                Operation operation = new Operation(root, path.getKey(), method, node, pathItem);
                Where where = operation.where();
                parameters(operation.node().path("parameters"), where, operation, pathItem);
                JsonNode body = operation.node().path("requestBody");
                if (!body.has("$ref")) {
                    content(body.path("content"), where.child("requestBody", "content"), null, operation);
                }
                operation.node().path("responses").properties().forEach(r ->
                        response(r.getValue(), where.child("responses", r.getKey()), null, operation));
            }
        });
    }

    private void parameters(JsonNode list, Where where, Operation operation, ObjectNode pathItem) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode parameter = list.get(i);
            if (!parameter.has("$ref")) {
                Where at = where.child("parameters", String.valueOf(i));
                if (parameter instanceof ObjectNode object) {
                    schemaOfParameter(object, at, null, operation, pathItem);
                }
            }
        }
    }

    private void parameter(JsonNode parameter, Where where, String component, Operation operation) {
        if (parameter instanceof ObjectNode object && !object.has("$ref")) {
            schemaOfParameter(object, where, component, operation, null);
        }
    }

    private void schemaOfParameter(ObjectNode parameter, Where where, String component, Operation operation, ObjectNode pathItem) {
        if (parameter.has("schema")) {
            schema(parameter.get("schema"), where.child("schema"), null, List.of(), component, parameter, operation, pathItem);
        }
        parameter.path("content").properties().forEach(media -> {
            if (media.getValue().has("schema")) {
                schema(media.getValue().get("schema"), where.child("content", media.getKey(), "schema"), null, List.of(),
                        component, parameter, operation, pathItem);
            }
        });
    }

    private void header(JsonNode header, Where where, String component, Operation operation) {
        if (!header.has("$ref") && header.has("schema")) {
            schema(header.get("schema"), where.child("schema"), null, List.of(), component, null, operation, null);
        }
    }

    private void response(JsonNode response, Where where, String component, Operation operation) {
        if (response.has("$ref")) {
            return;
        }
        response.path("headers").properties().forEach(h -> header(h.getValue(), where.child("headers", h.getKey()), component, operation));
        content(response.path("content"), where.child("content"), component, operation);
    }

    private void content(JsonNode content, Where where, String component, Operation operation) {
        content.properties().forEach(media -> {
            if (media.getValue().has("schema")) {
                schema(media.getValue().get("schema"), where.child(media.getKey(), "schema"), null, List.of(), component, null, operation, null);
            }
        });
    }

    private void schema(JsonNode schema, Where where, String propertyName, List<JsonNode> enclosing, String component,
                        ObjectNode parameter, Operation operation, ObjectNode pathItem) {
        if (!(schema instanceof ObjectNode) || enclosing.size() > 64) {
            return;
        }
        List<JsonNode> chain = new ArrayList<>(enclosing);
        chain.add(schema);
        sites.add(new SchemaSite(schema, where, propertyName, List.copyOf(chain), component, parameter, operation, pathItem));
        if (schema.has("$ref")) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            schema(property.getValue(), where.child("properties", property.getKey()), property.getKey(), chain, component, parameter, operation, pathItem);
        }
        for (String single : List.of("items", "additionalProperties", "not")) {
            schema(schema.path(single), where.child(single), null, chain, component, parameter, operation, pathItem);
        }
        for (String list : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode members = schema.path(list);
            for (int i = 0; i < members.size(); i++) {
                schema(members.get(i), where.child(list, String.valueOf(i)), null, chain, component, parameter, operation, pathItem);
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object.properties();
    }
}
