package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.SchemaSite;
import id.mpp.spec.support.SchemaWalker;
import id.mpp.spec.support.StandardExemptions;
import java.util.ArrayList;
import java.util.List;

/**
 * every string enum value is UPPER_SNAKE_CASE, except in what another standard spells (R-206, marked
 * {@code x-mpp-standard}; see {@link StandardExemptions}).
 */
public final class R203EnumValuesAreUpperSnakeCase implements Rule {

    @Override
    public String id() {
        return "R-203";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        StandardExemptions exemptions = new StandardExemptions(contract.root());
        List<String> violations = new ArrayList<>();
        for (SchemaSite site : SchemaWalker.sites(contract.root())) {
            if (!site.schema().has("enum") || exemptions.isExempt(site)) {
                continue;
            }
            for (JsonNode value : site.schema().get("enum")) {
                if (value.isTextual() && !Names.UPPER_SNAKE_CASE.matcher(value.asText()).matches()) {
                    violations.add(site.where() + ": enum value '" + value.asText() + "' is not UPPER_SNAKE_CASE");
                }
            }
        }
        return violations;
    }
}
