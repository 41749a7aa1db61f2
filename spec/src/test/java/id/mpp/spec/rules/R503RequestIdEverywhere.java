package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** every operation takes {@code X-Request-Id} and every response, success or not, carries it. */
public final class R503RequestIdEverywhere implements Rule {

    @Override
    public String id() {
        return "R-503";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Set<String> violations = new LinkedHashSet<>();
        for (Operation operation : contract.operations()) {
            if (!operation.hasParameter("header", "X-Request-Id")) {
                violations.add(operation.label() + " does not take the X-Request-Id header");
            }
            operation.responses().forEach((status, response) -> {
                if (Headers.find(contract.root(), response, "X-Request-Id").isMissingNode()) {
                    violations.add(operation.responseLabel(status) + " does not carry X-Request-Id");
                }
            });
        }
        return List.copyOf(violations);
    }
}
