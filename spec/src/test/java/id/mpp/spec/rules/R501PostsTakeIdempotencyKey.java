package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** every {@code POST} takes the {@code Idempotency-Key} header, except the OAuth protocol endpoints. */
public final class R501PostsTakeIdempotencyKey implements Rule {

    @Override
    public String id() {
        return "R-501";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            if (operation.method().equals("post") && !operation.isStandard() && !operation.hasParameter("header", "Idempotency-Key")) {
                violations.add(operation.label() + " does not take the Idempotency-Key header");
            }
        }
        return violations;
    }
}
