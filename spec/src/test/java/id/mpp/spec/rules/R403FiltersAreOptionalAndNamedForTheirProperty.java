package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Schemas;
import id.mpp.spec.support.StandardExemptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * filters are optional query parameters, and a filter on a property carries that property's name.
 *
 * <ul>
 *   <li>No query parameter is required, except in an operation whose parameters another standard fixes
 *       (R-206, {@code x-mpp-standard}: OAuth's {@code /authorize} requires {@code client_id}).</li>
 *   <li>On a collection, every query parameter other than {@code page_size}, {@code page_token} and
 *       {@code q} (the one full-text search, which filters on no single property) is a filter, named as a
 *       property of the items: the property's name ({@code status}), or its path through nested objects joined
 *       with {@code _} ({@code service_id} for {@code service.id}), optionally followed by a range suffix
 *       ({@code _from}, {@code _to}, {@code _before}, {@code _after}, {@code _min}, {@code _max}).</li>
 * </ul>
 */
public final class R403FiltersAreOptionalAndNamedForTheirProperty implements Rule {

    static final Set<String> NOT_FILTERS = Set.of("page_size", "page_token", "q");
    static final List<String> RANGE_SUFFIXES = List.of("_from", "_to", "_before", "_after", "_min", "_max");

    @Override
    public String id() {
        return "R-403";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        StandardExemptions exemptions = new StandardExemptions(root);
        Set<String> violations = new LinkedHashSet<>();
        for (Operation operation : contract.operations()) {
            Optional<JsonNode> page = Collections.pageSchema(root, operation);
            Set<String> names = page.map(schema -> propertyPaths(root, Collections.itemSchema(root, schema))).orElse(Set.of());
            for (ObjectNode parameter : operation.parameters()) {
                if (!parameter.path("in").asText().equals("query") || operation.isStandard() || parameter.has(StandardExemptions.MARK)) {
                    continue;
                }
                String name = parameter.path("name").asText();
                if (parameter.path("required").asBoolean(false)) {
                    violations.add(operation.label() + ": query parameter '" + name + "' is required; filters are optional");
                }
                if (page.isPresent() && !NOT_FILTERS.contains(name) && !namesAProperty(name, names)) {
                    violations.add(operation.label() + ": filter '" + name + "' is not named for a property of the items "
                            + "(known: " + String.join(", ", names) + ")");
                }
            }
        }
        return List.copyOf(violations);
    }

    private static boolean namesAProperty(String name, Set<String> propertyPaths) {
        if (propertyPaths.contains(name)) {
            return true;
        }
        return RANGE_SUFFIXES.stream().anyMatch(suffix -> name.endsWith(suffix)
                && propertyPaths.contains(name.substring(0, name.length() - suffix.length())));
    }

    /** {@code status}, {@code service}, {@code service_id}, ...: the item's properties, two levels deep. */
    private static Set<String> propertyPaths(JsonNode root, JsonNode itemSchema) {
        Set<String> paths = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> property : Schemas.properties(root, itemSchema).entrySet()) {
            paths.add(property.getKey());
            Schemas.properties(root, property.getValue()).keySet().forEach(child -> paths.add(property.getKey() + "_" + child));
        }
        return paths;
    }
}
