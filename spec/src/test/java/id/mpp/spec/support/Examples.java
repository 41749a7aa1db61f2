package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.ExampleSite.Direction;
import id.mpp.spec.support.ExampleSite.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every example of a contract where it is written: media-type {@code example}/{@code examples} of
 * request bodies and responses (of the operations and of {@code components}), parameter and header examples, and
 * schema-level {@code example}s. An {@code examples} entry that is a {@code $ref} is followed to its value.
 */
public final class Examples {

    private final ObjectNode root;
    private final List<ExampleSite> sites = new ArrayList<>();

    private Examples(ObjectNode root) {
        this.root = root;
    }

    public static List<ExampleSite> all(ObjectNode root) {
        Examples examples = new Examples(root);
        examples.collect();
        return examples.sites;
    }

    /** The values of one media type object: its {@code example} and each of its {@code examples}, followed. */
    public static List<Value> ofMediaType(JsonNode root, JsonNode mediaType, Where where) {
        List<Value> values = new ArrayList<>();
        if (mediaType.has("example")) {
            values.add(new Value(where.child("example"), mediaType.get("example")));
        }
        mediaType.path("examples").properties().forEach(e -> {
            JsonNode example = Refs.resolve(root, e.getValue());
            if (example.has("value")) {
                values.add(new Value(where.child("examples", e.getKey(), "value"), example.get("value")));
            }
        });
        return values;
    }

    /** An example value and where it is written. */
    public record Value(Where where, JsonNode value) {
    }

    private void collect() {
        JsonNode components = root.path("components");
        Where base = Where.of("components");
        components.path("parameters").properties().forEach(e -> parameter(e.getValue(), base.child("parameters", e.getKey())));
        components.path("headers").properties().forEach(e -> header(e.getKey(), e.getValue(), base.child("headers", e.getKey())));
        components.path("responses").properties().forEach(e -> response(e.getValue(), base.child("responses", e.getKey())));
        components.path("requestBodies").properties().forEach(e ->
                content(e.getValue().path("content"), base.child("requestBodies", e.getKey(), "content"), Direction.REQUEST));
        root.path("paths").properties().forEach(path -> {
            JsonNode pathParameters = path.getValue().path("parameters");
            for (int i = 0; i < pathParameters.size(); i++) {
                parameter(pathParameters.get(i), Where.of("paths", path.getKey(), "parameters", String.valueOf(i)));
            }
        });
        for (Operation operation : Operation.all(root)) {
            Where where = operation.where();
            JsonNode parameters = operation.node().path("parameters");
            for (int i = 0; i < parameters.size(); i++) {
                parameter(parameters.get(i), where.child("parameters", String.valueOf(i)));
            }
            JsonNode body = operation.node().path("requestBody");
            if (!body.has("$ref")) {
                content(body.path("content"), where.child("requestBody", "content"), Direction.REQUEST);
            }
            operation.node().path("responses").properties().forEach(r -> response(r.getValue(), where.child("responses", r.getKey())));
        }
        for (SchemaSite site : SchemaWalker.sites(root)) {
            if (site.schema().has("example")) {
                sites.add(new ExampleSite(site.where().child("example"), site.schema().get("example"), asWritten(site),
                        Kind.SCHEMA, site.propertyName(), null, Direction.EITHER));
            }
        }
    }

    /**
     * A component schema's own example is described by the component: a reference to it says so (and names it,
     * for checks that recognise values by their schema, such as {@code Nik}); any other schema stands as written.
     */
    private static JsonNode asWritten(SchemaSite site) {
        boolean componentItself = site.enclosingSchemas().size() == 1 && site.component() != null
                && site.component().startsWith("schemas/");
        return componentItself
                ? JsonNodeFactory.instance.objectNode().put("$ref", "#/components/" + site.component())
                : site.schema();
    }

    private void parameter(JsonNode parameter, Where where) {
        if (parameter.has("$ref")) {
            return;
        }
        String name = parameter.path("name").asText(null);
        direct(parameter, where, parameter.get("schema"), Kind.PARAMETER, name, Direction.REQUEST);
    }

    private void header(String name, JsonNode header, Where where) {
        if (!header.has("$ref")) {
            direct(header, where, header.get("schema"), Kind.HEADER, name, Direction.RESPONSE);
        }
    }

    private void direct(JsonNode owner, Where where, JsonNode schema, Kind kind, String name, Direction direction) {
        for (Value value : ofMediaType(root, owner, where)) {
            sites.add(new ExampleSite(value.where(), value.value(), schema, kind, name, null, direction));
        }
        owner.path("content").properties().forEach(media -> {
            for (Value value : ofMediaType(root, media.getValue(), where.child("content", media.getKey()))) {
                sites.add(new ExampleSite(value.where(), value.value(), media.getValue().get("schema"), kind, name, media.getKey(), direction));
            }
        });
    }

    private void response(JsonNode response, Where where) {
        if (response.has("$ref")) {
            return;
        }
        response.path("headers").properties().forEach(h -> header(h.getKey(), h.getValue(), where.child("headers", h.getKey())));
        content(response.path("content"), where.child("content"), Direction.RESPONSE);
    }

    private void content(JsonNode content, Where where, Direction direction) {
        content.properties().forEach(media -> {
            for (Value value : ofMediaType(root, media.getValue(), where.child(media.getKey()))) {
                sites.add(new ExampleSite(value.where(), value.value(), media.getValue().get("schema"), Kind.MEDIA_TYPE, null,
                        media.getKey(), direction));
            }
        });
    }
}
