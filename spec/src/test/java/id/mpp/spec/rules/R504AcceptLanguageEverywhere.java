package id.mpp.spec.rules;

import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** every operation takes {@code Accept-Language}. */
public final class R504AcceptLanguageEverywhere implements Rule {

    @Override
    public String id() {
        return "R-504";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            if (!operation.hasParameter("header", "Accept-Language")) {
                violations.add(operation.label() + " does not take the Accept-Language header");
            }
        }
        return violations;
    }
}
