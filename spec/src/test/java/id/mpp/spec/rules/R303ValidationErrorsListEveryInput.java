package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.spec.rules.ProblemExamples.ProblemExample;
import id.mpp.spec.support.ParsedContract;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-303: every {@code validation-error} problem example lists the offending inputs in a non-empty {@code errors},
 * each with a {@code pointer} ({@code #/...} into the body, or {@code #/query/<name>}, {@code #/header/<name>},
 * {@code #/path/<name>}), a {@code code} and a {@code message}. In an operation's own response, a parameter
 * pointer names a parameter the operation takes.
 */
public final class R303ValidationErrorsListEveryInput implements Rule {

    static final String VALIDATION_ERROR = "https://mpp-digital.go.id/problems/validation-error";

    @Override
    public String id() {
        return "R-303";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        Set<String> violations = new LinkedHashSet<>();
        for (ProblemExample example : ProblemExamples.all(contract.root())) {
            if (!example.value().path("type").asText().equals(VALIDATION_ERROR)) {
                continue;
            }
            JsonNode errors = example.value().path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                violations.add(example.label() + ": a validation-error without a non-empty 'errors'");
                continue;
            }
            for (int i = 0; i < errors.size(); i++) {
                JsonNode error = errors.get(i);
                String label = example.label() + ": errors/" + i;
                for (String member : List.of("pointer", "code", "message")) {
                    if (!error.path(member).isTextual() || error.path(member).asText().isBlank()) {
                        violations.add(label + " has no " + member);
                    }
                }
                String pointer = error.path("pointer").asText("");
                if (!pointer.isEmpty() && !pointer.equals("#") && !pointer.startsWith("#/")) {
                    violations.add(label + ": pointer '" + pointer + "' is not #/... (a JSON Pointer or #/query/<name>, ...)");
                }
                if (example.operation() != null && !example.shared()) {
                    for (String in : List.of("query", "header", "path")) {
                        String prefix = "#/" + in + "/";
                        if (pointer.startsWith(prefix) && !example.operation().hasParameter(in, pointer.substring(prefix.length()))) {
                            violations.add(label + ": pointer '" + pointer + "' names no " + in + " parameter of the operation");
                        }
                    }
                }
            }
        }
        return List.copyOf(violations);
    }
}
