package id.mpp.spec.rules;

import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** component schema names are UpperCamelCase. */
public final class R205SchemaNamesAreUpperCamelCase implements Rule {

    @Override
    public String id() {
        return "R-205";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        contract.root().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!Names.UPPER_CAMEL_CASE.matcher(name).matches()) {
                violations.add("components.schemas." + name + ": schema name is not UpperCamelCase");
            }
        });
        return violations;
    }
}
