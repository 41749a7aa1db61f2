package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.Schemas;
import java.util.Map;
import java.util.Optional;

/** Which operations answer a collection: a success whose JSON body is an object with an {@code items} array. */
final class Collections {

    private Collections() {
    }

    /** The schema of the collection page the operation answers, if it answers one. */
    static Optional<JsonNode> pageSchema(JsonNode root, Operation operation) {
        for (Map.Entry<String, ObjectNode> response : operation.responses().entrySet()) {
            if (!Statuses.isSuccess(response.getKey())) {
                continue;
            }
            JsonNode schema = response.getValue().path("content").path("application/json").get("schema");
            if (schema != null && isPage(root, schema)) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }

    static boolean isPage(JsonNode root, JsonNode schema) {
        JsonNode items = Schemas.properties(root, schema).get("items");
        return items != null && Schemas.type(root, items).equals("array");
    }

    /** The schema of one item of the page. */
    static JsonNode itemSchema(JsonNode root, JsonNode pageSchema) {
        return Schemas.resolve(root, Schemas.properties(root, pageSchema).get("items")).path("items");
    }
}
