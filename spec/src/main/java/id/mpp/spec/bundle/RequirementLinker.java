package id.mpp.spec.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes each requirement's ID into the operations it names ({@code x-mpp-requirements}), so that the catalogue
 * is the one place where the link is kept and the bundled contract still shows, per operation, what it promises.
 */
final class RequirementLinker {

    static final String EXTENSION = "x-mpp-requirements";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private RequirementLinker() {
    }

    static void link(ObjectNode catalogue, ObjectNode contract) {
        Map<String, ObjectNode> operations = operationsById(contract);
        for (JsonNode requirement : catalogue.path("requirements")) {
            for (JsonNode operationId : requirement.path("operations")) {
                ObjectNode operation = operations.get(operationId.asText());
                if (operation == null) {
                    throw new BundleException(Path.of("requirements"), "name an unknown operation '"
                            + operationId.asText() + "' in " + requirement.path("id").asText());
                }
                JsonNode ids = operation.get(EXTENSION);
                ArrayNode list = ids instanceof ArrayNode ? (ArrayNode) ids : operation.putArray(EXTENSION);
                list.add(requirement.path("id").asText());
            }
        }
    }

    private static Map<String, ObjectNode> operationsById(ObjectNode contract) {
        Map<String, ObjectNode> operations = new HashMap<>();
        contract.path("paths").forEach(pathItem -> pathItem.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode) {
                operations.put(entry.getValue().path("operationId").asText(), (ObjectNode) entry.getValue());
            }
        }));
        return operations;
    }
}
