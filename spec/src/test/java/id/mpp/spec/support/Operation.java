package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One operation of the contract (a method of a path), with its parameters and responses resolved. */
public record Operation(ObjectNode root, String path, String method, ObjectNode node, ObjectNode pathItem) {

    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** Every operation of the document, in document order. */
    public static List<Operation> all(ObjectNode root) {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> {
            if (path.getValue() instanceof ObjectNode pathItem) {
                for (String method : METHODS) {
                    if (pathItem.get(method) instanceof ObjectNode node) {
                        operations.add(new Operation(root, path.getKey(), method, node, pathItem));
                    }
                }
            }
        });
        return operations;
    }

    public String operationId() {
        return node.path("operationId").asText("");
    }

    /** {@code GET /v1/me (getMe)}: how violations name an operation. */
    public String label() {
        String id = operationId();
        return method.toUpperCase(Locale.ROOT) + " " + path + (id.isEmpty() ? "" : " (" + id + ")");
    }

    public Where where() {
        return Where.of("paths", path, method);
    }

    /** Marked {@code x-mpp-standard}: names and values another standard fixes (STYLE.md R-206). */
    public boolean isStandard() {
        return node.has("x-mpp-standard");
    }

    public boolean hasPathParameters() {
        return path.contains("{");
    }

    /** The path-level and operation-level parameters, resolved; an operation-level one overrides its namesake. */
    public List<ObjectNode> parameters() {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = Refs.resolve(root, parameter);
                if (resolved instanceof ObjectNode object) {
                    byKey.put(key(object.path("in").asText(), object.path("name").asText()), object);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The parameter {@code in} and {@code name} (header names compare case-insensitively). */
    public Optional<ObjectNode> parameter(String in, String name) {
        String wanted = key(in, name);
        return parameters().stream().filter(p -> key(p.path("in").asText(), p.path("name").asText()).equals(wanted)).findFirst();
    }

    public boolean hasParameter(String in, String name) {
        return parameter(in, name).isPresent();
    }

    public Optional<ObjectNode> requestBody() {
        JsonNode body = node.get("requestBody");
        return body == null ? Optional.empty() : Optional.of(Refs.resolve(root, body)).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    /** Status code (as written: {@code 200}, {@code 4XX}, {@code default}) to the resolved response. */
    public Map<String, ObjectNode> responses() {
        Map<String, ObjectNode> responses = new LinkedHashMap<>();
        node.path("responses").properties().forEach(entry -> {
            JsonNode resolved = Refs.resolve(root, entry.getValue());
            if (resolved instanceof ObjectNode object) {
                responses.put(entry.getKey(), object);
            }
        });
        return responses;
    }

    /**
     * How violations name one of the operation's responses: the shared response it refers to
     * ({@code components.responses.NotFound}, so that a fault there is reported once), or the operation and status.
     */
    public String responseLabel(String status) {
        return Refs.componentKey(node.path("responses").path(status))
                .map(key -> "components." + key.replace('/', '.') + " (as " + status + ")")
                .orElse(label() + " response " + status);
    }

    /** The operation's own {@code security}, or null when it inherits the document's. */
    public JsonNode security() {
        return node.get("security");
    }

    /**
     * Whether a caller must authenticate: the operation's security lists at least one requirement and none of
     * them is the empty requirement {@code {}} (which would let an anonymous caller in).
     */
    public boolean requiresAuthentication() {
        JsonNode security = security();
        if (security == null || !security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Two operations are the same when they have the same method and path (the trees are not compared). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Operation that && that.path.equals(path) && that.method.equals(method);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + method.hashCode();
    }

    @Override
    public String toString() {
        return label();
    }

    private static String key(String in, String name) {
        return in + ":" + ("header".equals(in) ? name.toLowerCase(Locale.ROOT) : name);
    }
}
