package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * every 4xx and 5xx response offers {@code application/problem+json} whose schema is {@code Problem} or
 * extends it through {@code allOf}. An OAuth protocol endpoint (marked {@code x-mpp-standard}) may instead answer
 * its 4xx as {@code application/json} with {@code OAuthError}, and {@code OAuthError} then carries the members
 * {@code Problem} requires.
 */
public final class R301ErrorsAreProblems implements Rule {

    static final String PROBLEM = "Problem";
    static final String OAUTH_ERROR = "OAuthError";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public String id() {
        return "R-301";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        List<String> violations = new ArrayList<>();
        boolean oauthErrorUsed = false;
        for (Operation operation : contract.operations()) {
            for (Map.Entry<String, ObjectNode> entry : operation.responses().entrySet()) {
                String status = entry.getKey();
                if (!Statuses.isError(status)) {
                    continue;
                }
                JsonNode content = entry.getValue().path("content");
                if (content.has(PROBLEM_JSON) && Schemas.isOrExtends(root, content.get(PROBLEM_JSON).get("schema"), PROBLEM)) {
                    continue;
                }
                if (operation.isStandard() && Statuses.isClientError(status) && content.has("application/json")
                        && Schemas.isOrExtends(root, content.get("application/json").get("schema"), OAUTH_ERROR)) {
                    oauthErrorUsed = true;
                    continue;
                }
                violations.add(operation.label() + " response " + status + " does not offer " + PROBLEM_JSON
                        + " with Problem (or a schema extending it through allOf)"
                        + (operation.isStandard() ? ", nor application/json with OAuthError" : ""));
            }
        }
        if (oauthErrorUsed) {
            JsonNode problem = root.path("components").path("schemas").path(PROBLEM);
            JsonNode oauthError = root.path("components").path("schemas").path(OAUTH_ERROR);
            Set<String> members = Schemas.properties(root, oauthError).keySet();
            for (String required : Schemas.required(root, problem)) {
                if (!members.contains(required)) {
                    violations.add("components.schemas.OAuthError lacks the Problem member '" + required + "'");
                }
            }
        }
        return violations;
    }
}
