package id.mpp.spec.rules;

import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** every component schema has a description. */
public final class R703SchemasAreDescribed implements Rule {

    @Override
    public String id() {
        return "R-703";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        contract.root().path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getValue().path("description").asText("").isBlank()) {
                violations.add("components.schemas." + schema.getKey() + " has no description");
            }
        });
        return violations;
    }
}
