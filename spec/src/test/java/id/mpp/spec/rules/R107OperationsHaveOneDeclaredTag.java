package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** every operation has exactly one tag, and the document declares that tag with a description. */
public final class R107OperationsHaveOneDeclaredTag implements Rule {

    @Override
    public String id() {
        return "R-107";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Map<String, String> declared = new HashMap<>();
        contract.root().path("tags").forEach(tag -> declared.put(tag.path("name").asText(), tag.path("description").asText("")));
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            JsonNode tags = operation.node().path("tags");
            if (tags.size() != 1) {
                violations.add(operation.label() + " has " + tags.size() + " tags, not exactly one");
            }
            for (JsonNode tag : tags) {
                String name = tag.asText();
                if (!declared.containsKey(name)) {
                    violations.add(operation.label() + " uses the undeclared tag '" + name + "'");
                } else if (declared.get(name).isBlank()) {
                    violations.add(operation.label() + " uses the tag '" + name + "', declared without a description");
                }
            }
        }
        return violations;
    }
}
