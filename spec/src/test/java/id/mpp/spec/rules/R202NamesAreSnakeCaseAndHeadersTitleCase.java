package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Refs;
import id.mpp.spec.support.SchemaSite;
import id.mpp.spec.support.SchemaWalker;
import id.mpp.spec.support.StandardExemptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * property names and query (and path and cookie) parameter names are snake_case; header names, of
 * parameters and of response headers, are Hyphenated-Title-Case. What another standard spells (R-206, marked
 * {@code x-mpp-standard}) is exempt; see {@link StandardExemptions} for exactly what that covers.
 */
public final class R202NamesAreSnakeCaseAndHeadersTitleCase implements Rule {

    @Override
    public String id() {
        return "R-202";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        StandardExemptions exemptions = new StandardExemptions(root);
        Set<String> violations = new LinkedHashSet<>();
        for (SchemaSite site : SchemaWalker.sites(root)) {
            if (site.propertyName() != null && !Names.SNAKE_CASE.matcher(site.propertyName()).matches() && !exemptions.isExempt(site)) {
                violations.add(site.where() + ": property '" + site.propertyName() + "' is not snake_case");
            }
        }
        for (Operation operation : contract.operations()) {
            for (JsonNode list : List.of(operation.pathItem().path("parameters"), operation.node().path("parameters"))) {
                for (JsonNode written : list) {
                    if (exemptions.isExempt(operation, written)) {
                        continue;
                    }
                    JsonNode parameter = Refs.resolve(root, written);
                    String name = parameter.path("name").asText();
                    String place = Refs.componentKey(written).map(key -> "components." + key.replace('/', '.'))
                            .orElse(operation.label());
                    if (parameter.path("in").asText().equals("header")) {
                        if (!Names.HYPHENATED_TITLE_CASE.matcher(name).matches()) {
                            violations.add(place + ": header parameter '" + name + "' is not Hyphenated-Title-Case");
                        }
                    } else if (!Names.SNAKE_CASE.matcher(name).matches()) {
                        violations.add(place + ": " + parameter.path("in").asText() + " parameter '" + name + "' is not snake_case");
                    }
                }
            }
            if (!operation.isStandard()) {
                operation.responses().forEach((status, response) -> response.path("headers").fieldNames().forEachRemaining(header -> {
                    if (!Names.HYPHENATED_TITLE_CASE.matcher(header).matches()) {
                        violations.add(operation.label() + " response " + status + ": header '" + header + "' is not Hyphenated-Title-Case");
                    }
                }));
            }
        }
        return List.copyOf(violations);
    }
}
