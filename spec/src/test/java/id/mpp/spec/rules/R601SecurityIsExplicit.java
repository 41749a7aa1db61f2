package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** every operation states its own {@code security} (a public one {@code security: []}). */
public final class R601SecurityIsExplicit implements Rule {

    @Override
    public String id() {
        return "R-601";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            if (operation.security() == null) {
                violations.add(operation.label() + " does not state its security (write security: [] when it is public)");
            } else if (!operation.security().isArray()) {
                violations.add(operation.label() + ": security is not a list");
            }
        }
        return violations;
    }
}
