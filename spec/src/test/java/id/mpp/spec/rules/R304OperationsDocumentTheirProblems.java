package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * every operation documents the problem responses it can return: {@code 400} when it takes a body or a
 * parameter that can be invalid, {@code 401} and {@code 403} when a caller must authenticate (see
 * {@link Operation#requiresAuthentication()}), {@code 404} when its path has a parameter, {@code 412} and
 * {@code 428} when it takes {@code If-Match}, and {@code 429} and {@code 500} always.
 *
 * <p>{@code X-Request-Id} and {@code Accept-Language}, which every operation takes, never cause a {@code 400}
 * (an invalid request ID is replaced by one the server makes, an unknown language falls back to {@code id}), so
 * they alone do not call for one.
 */
public final class R304OperationsDocumentTheirProblems implements Rule {

    static final Set<String> NEVER_INVALID = Set.of("header:x-request-id", "header:accept-language");

    @Override
    public String id() {
        return "R-304";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            Set<String> documented = fieldNames(operation.node().path("responses"));
            List<String> needed = new ArrayList<>();
            if (operation.requestBody().isPresent() || operation.parameters().stream().anyMatch(p -> !NEVER_INVALID.contains(key(p)))) {
                needed.add("400");
            }
            if (operation.requiresAuthentication()) {
                needed.add("401");
                needed.add("403");
            }
            if (operation.hasPathParameters()) {
                needed.add("404");
            }
            if (operation.hasParameter("header", "If-Match")) {
                needed.add("412");
                needed.add("428");
            }
            needed.add("429");
            needed.add("500");
            List<String> missing = needed.stream().filter(status -> !documented.contains(status)).toList();
            if (!missing.isEmpty()) {
                violations.add(operation.label() + " does not document " + String.join(", ", missing));
            }
        }
        return violations;
    }

    private static String key(ObjectNode parameter) {
        return parameter.path("in").asText() + ":" + parameter.path("name").asText().toLowerCase(Locale.ROOT);
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
