package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Refs;
import id.mpp.spec.support.Where;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-101: the contract is OpenAPI 3.0.3 that swagger-parser reads without a message, and it holds no external
 * {@code $ref} (nor an {@code externalValue}); every local {@code $ref} points at something.
 */
public final class R101ContractIsSelfContainedOpenApi303 implements Rule {

    @Override
    public String id() {
        return "R-101";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        JsonNode version = contract.root().path("openapi");
        if (!version.isTextual() || !version.asText().equals("3.0.3")) {
            violations.add("openapi is '" + version.asText() + "', not '3.0.3'");
        }
        SwaggerParseResult result = contract.parseResult();
        if (result.getOpenAPI() == null) {
            violations.add("swagger-parser cannot read the document");
        }
        if (result.getMessages() != null) {
            result.getMessages().forEach(message -> violations.add("swagger-parser: " + message));
        }
        references(contract.root(), contract.root(), Where.of(), violations);
        return violations;
    }

    private static void references(JsonNode root, JsonNode node, Where where, List<String> violations) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("$ref") && value.isTextual()) {
                    String ref = value.asText();
                    if (!ref.startsWith("#")) {
                        violations.add(where + ": external $ref '" + ref + "'");
                    } else if (Refs.resolve(root, node).isMissingNode()) {
                        violations.add(where + ": $ref '" + ref + "' points at nothing");
                    }
                } else if (key.equals("externalValue")) {
                    violations.add(where + ": externalValue '" + value.asText() + "' (an example outside the document)");
                } else {
                    references(root, value, where.child(key), violations);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(root, node.get(i), where.child(String.valueOf(i)), violations);
            }
        }
    }
}
