package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * bodies use the listed media types only, each for what STYLE.md names it for: a request body is JSON,
 * a merge patch (which is what a {@code PATCH} sends, and only a {@code PATCH}), a multipart upload, an OAuth form
 * or stored document content; a response is JSON, a problem, an HTML page or stored document content.
 */
public final class R103BodiesUseAllowedMediaTypes implements Rule {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final Set<String> STORED = Set.of("application/pdf", "image/jpeg", "image/png", "application/octet-stream");
    static final Set<String> REQUEST = Set.of("application/json", MERGE_PATCH, "multipart/form-data",
            "application/x-www-form-urlencoded");
    static final Set<String> RESPONSE = Set.of("application/json", "application/problem+json", "text/html");

    @Override
    public String id() {
        return "R-103";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            operation.requestBody().ifPresent(body -> body.path("content").fieldNames().forEachRemaining(type -> {
                if (!REQUEST.contains(type) && !STORED.contains(type)) {
                    violations.add(operation.label() + " request body uses " + type + ", not allowed in a request body");
                } else if (type.equals(MERGE_PATCH) != operation.method().equals("patch")) {
                    violations.add(operation.label() + " request body uses " + type
                            + (type.equals(MERGE_PATCH) ? " outside a PATCH" : ": a PATCH sends " + MERGE_PATCH));
                }
            }));
            for (Map.Entry<String, ObjectNode> response : operation.responses().entrySet()) {
                response.getValue().path("content").fieldNames().forEachRemaining(type -> {
                    if (!RESPONSE.contains(type) && !STORED.contains(type)) {
                        violations.add(operation.label() + " response " + response.getKey() + " uses " + type
                                + ", not allowed in a response");
                    }
                });
            }
        }
        return violations;
    }
}
