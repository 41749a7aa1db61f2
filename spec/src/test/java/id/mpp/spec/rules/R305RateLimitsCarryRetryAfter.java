package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Schemas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Set;

/** every {@code 429} and {@code 503} response carries {@code Retry-After}, an integer of seconds. */
public final class R305RateLimitsCarryRetryAfter implements Rule {

    @Override
    public String id() {
        return "R-305";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Set<String> violations = new LinkedHashSet<>();
        for (Operation operation : contract.operations()) {
            operation.responses().forEach((status, response) -> {
                if (!status.equals("429") && !status.equals("503")) {
                    return;
                }
                JsonNode header = Headers.find(contract.root(), response, "Retry-After");
                if (header.isMissingNode()) {
                    violations.add(operation.responseLabel(status) + " has no Retry-After header");
                } else if (!Schemas.type(contract.root(), header.path("schema")).equals("integer")) {
                    violations.add(operation.responseLabel(status) + ": Retry-After is not an integer (seconds)");
                }
            });
        }
        return List.copyOf(violations);
    }
}
