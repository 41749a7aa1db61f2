package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Schemas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * an operation that answers a collection (a success body with an {@code items} array) is a {@code GET}
 * taking {@code page_size} and {@code page_token}, and the page has a string {@code next_page_token} (it may be
 * required: only the last page of a finite list lacks it, and an event feed has none). An operation taking {@code page_size} or {@code page_token} answers
 * such a page. {@code page_size} is a query integer from 1 to 100 defaulting to 20, {@code page_token} a query
 * string. No success body is a bare array.
 */
public final class R401CollectionsArePagedObjects implements Rule {

    @Override
    public String id() {
        return "R-401";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        Set<String> violations = new LinkedHashSet<>();
        for (Operation operation : contract.operations()) {
            String label = operation.label();
            for (Map.Entry<String, ObjectNode> response : operation.responses().entrySet()) {
                JsonNode schema = response.getValue().path("content").path("application/json").get("schema");
                if (Statuses.isSuccess(response.getKey()) && schema != null && Schemas.type(root, schema).equals("array")) {
                    violations.add(label + " response " + response.getKey() + " is a bare array, not a page {items, next_page_token}");
                }
            }
            Optional<JsonNode> page = Collections.pageSchema(root, operation);
            Optional<ObjectNode> pageSize = operation.parameter("query", "page_size");
            Optional<ObjectNode> pageToken = operation.parameter("query", "page_token");
            if (page.isPresent()) {
                if (!operation.method().equals("get")) {
                    violations.add(label + " answers a collection but is not a GET");
                }
                if (pageSize.isEmpty() || pageToken.isEmpty()) {
                    violations.add(label + " answers a collection but does not take page_size and page_token");
                }
                JsonNode next = Schemas.properties(root, page.get()).get("next_page_token");
                if (next == null || !Schemas.type(root, next).equals("string")) {
                    violations.add(label + " answers a collection without a string next_page_token");
                }
            } else if (pageSize.isPresent() || pageToken.isPresent()
                    || operation.parameters().stream().anyMatch(p -> p.path("name").asText().matches("page_(size|token)"))) {
                violations.add(label + " takes page_size/page_token but answers no page {items, next_page_token}");
            }
            pageSize.ifPresent(parameter -> {
                JsonNode schema = Schemas.resolve(root, parameter.path("schema"));
                if (!Schemas.type(root, schema).equals("integer") || schema.path("minimum").asInt(-1) != 1
                        || schema.path("maximum").asInt(-1) != 100 || schema.path("default").asInt(-1) != 20) {
                    violations.add(label + ": page_size is not an integer from 1 to 100 with default 20");
                }
            });
            pageToken.ifPresent(parameter -> {
                if (!Schemas.type(root, parameter.path("schema")).equals("string")) {
                    violations.add(label + ": page_token is not a string");
                }
            });
        }
        return List.copyOf(violations);
    }
}
