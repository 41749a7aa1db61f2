package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.ComponentUsers;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.SchemaSite;
import id.mpp.spec.support.SchemaWalker;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * a property named {@code nik} occurs only in the schemas of operations that may carry it: one that
 * requires the {@code nik} scope (every security alternative asks for it), one on the account holder's own
 * account (the path {@code /v1/me} and below, and OpenID Connect's UserInfo, a path ending in {@code /userinfo},
 * which answers the token holder's own claims), or registration (an operationId starting with
 * {@code register}). A schema counts as an operation's when the operation's references reach it (its bodies,
 * directly or nested) or it is written inline in the operation.
 */
public final class R604NikOnlyWhereAScopeGrantsIt implements Rule {

    static final String NIK = "nik";

    @Override
    public String id() {
        return "R-604";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        ComponentUsers users = ComponentUsers.of(root);
        Set<String> violations = new LinkedHashSet<>();
        for (SchemaSite site : SchemaWalker.sites(root)) {
            if (!NIK.equals(site.propertyName())) {
                continue;
            }
            Set<Operation> operations = new LinkedHashSet<>();
            if (site.operation() != null) {
                operations.add(site.operation());
            }
            if (site.component() != null) {
                operations.addAll(users.of(site.component()));
            }
            for (Operation operation : operations) {
                if (!mayCarryNik(operation)) {
                    violations.add(site.where() + ": 'nik' reaches " + operation.label()
                            + ", which neither requires the nik scope, nor is on /v1/me, nor is registration");
                }
            }
        }
        return List.copyOf(violations);
    }

    static boolean mayCarryNik(Operation operation) {
        if (operation.path().equals("/v1/me") || operation.path().startsWith("/v1/me/")
                || operation.path().endsWith("/userinfo") || operation.operationId().startsWith("register")) {
            return true;
        }
        JsonNode security = operation.security();
        if (security == null || !security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (!asksForNik(requirement)) {
                return false;
            }
        }
        return true;
    }

    private static boolean asksForNik(JsonNode requirement) {
        for (JsonNode scopes : requirement) {
            for (JsonNode scope : scopes) {
                if (scope.asText().equals(NIK)) {
                    return true;
                }
            }
        }
        return false;
    }
}
