package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * every scheme an operation's security names is declared; every scope it requires is declared by that
 * OAuth 2.0 scheme (in any of its flows) and named in the operation's description as {@code Scope: `x`}; a
 * public operation ({@code security: []}) says "Public" in its description. A scheme that is not OAuth 2.0 takes no
 * scopes.
 */
public final class R602ScopesAreDeclaredAndNamed implements Rule {

    @Override
    public String id() {
        return "R-602";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Map<String, String> typeOfScheme = new HashMap<>();
        Map<String, Set<String>> scopesOfScheme = new HashMap<>();
        contract.root().path("components").path("securitySchemes").properties().forEach(scheme -> {
            typeOfScheme.put(scheme.getKey(), scheme.getValue().path("type").asText());
            Set<String> scopes = new HashSet<>();
            scheme.getValue().path("flows").forEach(flow -> flow.path("scopes").fieldNames().forEachRemaining(scopes::add));
            scopesOfScheme.put(scheme.getKey(), scopes);
        });
        Set<String> violations = new LinkedHashSet<>();
        for (Operation operation : contract.operations()) {
            JsonNode security = operation.security();
            if (security == null || !security.isArray()) {
                continue;
            }
            String description = operation.node().path("description").asText("");
            if (security.isEmpty() && !description.contains("Public")) {
                violations.add(operation.label() + " is public (security: []) but its description does not say \"Public\"");
            }
            for (JsonNode requirement : security) {
                requirement.properties().forEach(entry -> {
                    String scheme = entry.getKey();
                    if (!typeOfScheme.containsKey(scheme)) {
                        violations.add(operation.label() + " uses the undeclared security scheme '" + scheme + "'");
                        return;
                    }
                    for (JsonNode scopeNode : entry.getValue()) {
                        String scope = scopeNode.asText();
                        if (!typeOfScheme.get(scheme).equals("oauth2")) {
                            violations.add(operation.label() + ": scheme '" + scheme + "' is not OAuth 2.0 and takes no scope ('" + scope + "')");
                        } else if (!scopesOfScheme.get(scheme).contains(scope)) {
                            violations.add(operation.label() + " requires the scope '" + scope + "', which " + scheme + " does not declare");
                        }
                        if (!description.contains("Scope: `" + scope + "`")) {
                            violations.add(operation.label() + ": description does not name its scope as Scope: `" + scope + "`");
                        }
                    }
                });
            }
        }
        return List.copyOf(violations);
    }
}
