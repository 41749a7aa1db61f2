package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * every operation lists in {@code x-mpp-requirements} at least one requirement, each an ID of the
 * requirement catalogue that names the operation back.
 */
public final class R704OperationsPromiseRequirements implements Rule {

    static final String EXTENSION = "x-mpp-requirements";

    @Override
    public String id() {
        return "R-704";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Map<String, Set<String>> operationsOfRequirement = new HashMap<>();
        for (JsonNode requirement : contract.catalogue().path("requirements")) {
            Set<String> operations = new HashSet<>();
            requirement.path("operations").forEach(op -> operations.add(op.asText()));
            operationsOfRequirement.put(requirement.path("id").asText(), operations);
        }
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            JsonNode ids = operation.node().path(EXTENSION);
            if (!ids.isArray() || ids.isEmpty()) {
                violations.add(operation.label() + " promises no requirement (" + EXTENSION + " is empty)");
                continue;
            }
            for (JsonNode id : ids) {
                Set<String> operations = operationsOfRequirement.get(id.asText());
                if (operations == null) {
                    violations.add(operation.label() + " lists " + id.asText() + ", which the requirement catalogue does not define");
                } else if (!operations.contains(operation.operationId())) {
                    violations.add(operation.label() + " lists " + id.asText() + ", which does not name " + operation.operationId());
                }
            }
        }
        return violations;
    }
}
