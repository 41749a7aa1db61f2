package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** every {@code 401} response carries {@code WWW-Authenticate} (RFC 6750 §3). */
public final class R306UnauthorizedCarriesWwwAuthenticate implements Rule {

    @Override
    public String id() {
        return "R-306";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Set<String> violations = new LinkedHashSet<>();
        for (Operation operation : contract.operations()) {
            operation.responses().forEach((status, response) -> {
                if (status.equals("401") && Headers.find(contract.root(), response, "WWW-Authenticate").isMissingNode()) {
                    violations.add(operation.responseLabel(status) + " has no WWW-Authenticate header");
                }
            });
        }
        return List.copyOf(violations);
    }
}
