package id.mpp.spec.rules;

import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;

/** every path starts with {@code /v1/}, except OpenID Connect discovery's fixed location. */
public final class R102PathsStartWithV1 implements Rule {

    static final String DISCOVERY = "/.well-known/openid-configuration";

    @Override
    public String id() {
        return "R-102";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        contract.root().path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/v1/") && !path.equals(DISCOVERY)) {
                violations.add("path " + path + " does not start with /v1/");
            }
        });
        return violations;
    }
}
