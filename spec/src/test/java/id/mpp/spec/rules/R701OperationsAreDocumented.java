package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** every operation has an operationId, a summary of at most 80 characters without a closing full stop, and a description. */
public final class R701OperationsAreDocumented implements Rule {

    static final int SUMMARY_LIMIT = 80;

    @Override
    public String id() {
        return "R-701";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            String label = operation.label();
            if (operation.operationId().isBlank()) {
                violations.add(label + " has no operationId");
            }
            String summary = operation.node().path("summary").asText("").strip();
            if (summary.isEmpty()) {
                violations.add(label + " has no summary");
            } else {
                if (summary.length() > SUMMARY_LIMIT) {
                    violations.add(label + ": summary has " + summary.length() + " characters, more than " + SUMMARY_LIMIT);
                }
                if (summary.endsWith(".")) {
                    violations.add(label + ": summary ends with a full stop");
                }
            }
            if (operation.node().path("description").asText("").isBlank()) {
                violations.add(label + " has no description");
            }
        }
        return violations;
    }
}
