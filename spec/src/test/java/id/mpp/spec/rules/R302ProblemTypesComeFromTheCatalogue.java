package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.rules.ProblemExamples.ProblemExample;
import id.mpp.spec.support.ParsedContract;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * the problem catalogue ({@code x-mpp-problem-types}) lists each type once, as a stable
 * {@code https://mpp-digital.go.id/problems/<slug>} URI with its HTTP status, a title and a description; every
 * problem example's {@code type} is in it, its {@code status} is the status of the response it is written under,
 * and that status is the one the catalogue gives the type.
 */
public final class R302ProblemTypesComeFromTheCatalogue implements Rule {

    static final String CATALOGUE = "x-mpp-problem-types";
    static final Pattern TYPE_URI = Pattern.compile("^https://mpp-digital\\.go\\.id/problems/[a-z0-9]+(-[a-z0-9]+)*$");

    @Override
    public String id() {
        return "R-302";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Set<String> violations = new LinkedHashSet<>();
        Map<String, Integer> statusOfType = new HashMap<>();
        JsonNode catalogue = contract.root().path(CATALOGUE);
        if (!catalogue.isArray() || catalogue.isEmpty()) {
            violations.add("the document has no " + CATALOGUE);
        }
        for (JsonNode entry : catalogue) {
            String type = entry.path("type").asText();
            String label = CATALOGUE + " entry '" + type + "'";
            if (!TYPE_URI.matcher(type).matches()) {
                violations.add(label + ": type is not https://mpp-digital.go.id/problems/<kebab-case-slug>");
            }
            if (!entry.path("status").isInt() || entry.path("status").asInt() < 400 || entry.path("status").asInt() > 599) {
                violations.add(label + ": status '" + entry.path("status").asText() + "' is not a 4xx or 5xx integer");
            }
            if (entry.path("title").asText("").isBlank() || entry.path("description").asText("").isBlank()) {
                violations.add(label + ": needs a title and a description");
            }
            if (statusOfType.put(type, entry.path("status").asInt()) != null) {
                violations.add(label + ": listed twice");
            }
        }
        for (ProblemExample example : ProblemExamples.all(contract.root())) {
            JsonNode value = example.value();
            String type = value.path("type").asText("");
            Integer catalogued = statusOfType.get(type);
            if (!value.path("type").isTextual()) {
                violations.add(example.label() + ": the problem example has no type");
            } else if (catalogued == null) {
                violations.add(example.label() + ": type '" + type + "' is not in " + CATALOGUE);
            }
            JsonNode status = value.path("status");
            if (example.status() != null && example.status().matches("\\d{3}")) {
                int answered = Integer.parseInt(example.status());
                if (!status.isInt() || status.asInt() != answered) {
                    violations.add(example.label() + ": status " + status.asText("(none)") + " but the response is " + answered);
                }
                if (catalogued != null && catalogued != answered) {
                    violations.add(example.label() + ": type '" + type + "' is a " + catalogued + " problem, answered as " + answered);
                }
            } else if (catalogued != null && (!status.isInt() || status.asInt() != catalogued)) {
                violations.add(example.label() + ": status " + status.asText("(none)") + " but type '" + type + "' is a "
                        + catalogued + " problem");
            }
        }
        return List.copyOf(violations);
    }
}
