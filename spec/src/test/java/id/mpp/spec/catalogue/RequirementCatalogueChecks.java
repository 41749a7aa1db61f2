package id.mpp.spec.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.support.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What makes the requirement catalogue ({@code mpp-digital-v1-requirements.yaml}) consistent: the rules of
 * {@code spec/README.md} ("Writing requirements"). Each check lists its violations; empty when there are none.
 */
final class RequirementCatalogueChecks {

    static final Pattern ID = Pattern.compile("^(GEN|SSO|ACC|DOC|CAT|APP|SKM|EVT)-[0-9]{3}$");
    static final Set<String> LEVELS = Set.of("MUST", "SHOULD");
    static final Set<String> CAPABILITIES = Set.of("core", "private-key-jwt", "introspection", "rp-initiated-logout",
            "nik-verification", "webhooks");

    /** The smallest catalogue the kit ships: at least 80 across the three areas, at least 15 in SSO, DOC and APP. */
    static final int MINIMUM_TOTAL = 80;
    static final int MINIMUM_PER_AREA = 15;
    static final List<Set<String>> COUNTED_GROUPS = List.of(Set.of("SSO", "ACC"), Set.of("DOC"), Set.of("APP", "CAT", "SKM"));
    static final List<String> AREAS_WITH_A_MINIMUM = List.of("SSO", "DOC", "APP");

    private RequirementCatalogueChecks() {
    }

    /** IDs are unique, match {@code AREA-NNN}, and start with the area of the file that defines them. */
    static List<String> idsAreUniqueAndWellFormed(JsonNode catalogue) {
        List<String> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode requirement : catalogue.path("requirements")) {
            String id = requirement.path("id").asText("");
            if (!ID.matcher(id).matches()) {
                violations.add("requirement '" + id + "': ID is not AREA-NNN with a known area");
            } else if (!id.startsWith(requirement.path("area").asText() + "-")) {
                violations.add(id + ": defined in area " + requirement.path("area").asText());
            }
            if (!seen.add(id)) {
                violations.add(id + ": defined twice");
            }
        }
        return violations;
    }

    /** Each has a level (MUST or SHOULD), a known capability and a non-empty statement. */
    static List<String> fieldsAreValid(JsonNode catalogue) {
        List<String> violations = new ArrayList<>();
        for (JsonNode requirement : catalogue.path("requirements")) {
            String id = requirement.path("id").asText();
            String level = requirement.path("level").asText("");
            String capability = requirement.path("capability").asText("");
            if (!LEVELS.contains(level)) {
                violations.add(id + ": level '" + level + "' is not MUST or SHOULD");
            }
            if (!CAPABILITIES.contains(capability)) {
                violations.add(id + ": capability '" + capability + "' is not one of " + CAPABILITIES);
            }
            if (requirement.path("statement").asText("").isBlank()) {
                violations.add(id + ": has no statement");
            }
        }
        return violations;
    }

    /** Every requirement outside GEN names at least one operation, and every named operation exists. */
    static List<String> requirementsNameExistingOperations(JsonNode catalogue, List<Operation> operations) {
        Set<String> operationIds = new HashSet<>();
        operations.forEach(operation -> operationIds.add(operation.operationId()));
        List<String> violations = new ArrayList<>();
        for (JsonNode requirement : catalogue.path("requirements")) {
            String id = requirement.path("id").asText();
            JsonNode named = requirement.path("operations");
            if (!id.startsWith("GEN-") && (!named.isArray() || named.isEmpty())) {
                violations.add(id + ": names no operation");
            }
            for (JsonNode operationId : named) {
                if (!operationIds.contains(operationId.asText())) {
                    violations.add(id + ": names the unknown operation '" + operationId.asText() + "'");
                }
            }
        }
        return violations;
    }

    /** At least 80 requirements across SSO+ACC, DOC and APP+CAT+SKM, and at least 15 each in SSO, DOC and APP. */
    static List<String> areasAreCoveredEnough(JsonNode catalogue) {
        Map<String, Integer> perArea = new HashMap<>();
        for (JsonNode requirement : catalogue.path("requirements")) {
            perArea.merge(requirement.path("id").asText().replaceAll("-.*", ""), 1, Integer::sum);
        }
        List<String> violations = new ArrayList<>();
        int total = COUNTED_GROUPS.stream().flatMap(Set::stream).mapToInt(area -> perArea.getOrDefault(area, 0)).sum();
        if (total < MINIMUM_TOTAL) {
            violations.add("SSO+ACC, DOC and APP+CAT+SKM hold " + total + " requirements, fewer than " + MINIMUM_TOTAL
                    + " (per area: " + new TreeMap<>(perArea) + ")");
        }
        for (String area : AREAS_WITH_A_MINIMUM) {
            int count = perArea.getOrDefault(area, 0);
            if (count < MINIMUM_PER_AREA) {
                violations.add(area + " holds " + count + " requirements, fewer than " + MINIMUM_PER_AREA);
            }
        }
        return violations;
    }
}
