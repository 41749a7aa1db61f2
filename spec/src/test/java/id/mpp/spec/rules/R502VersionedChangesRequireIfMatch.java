package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * a change to an existing resource with a version requires {@code If-Match}, documents {@code 412} and
 * {@code 428}, and the resource's {@code GET} answers its {@code ETag}. Read precisely:
 *
 * <ol>
 *   <li>Every {@code PATCH} changes an existing resource: it takes {@code If-Match}.</li>
 *   <li>A resource has a version when its {@code GET} answers an {@code ETag} or it can be patched: every
 *       {@code PUT} and {@code DELETE} of such a path takes {@code If-Match}.</li>
 *   <li>A {@code POST} to {@code <item>/<action>} whose success answers the same schema as the item's
 *       {@code GET} (it answers the changed item) is a state-changing {@code POST} on an item: it takes
 *       {@code If-Match}.</li>
 *   <li>An operation taking {@code If-Match} requires it ({@code required: true}), documents {@code 412} and
 *       {@code 428}, and the {@code GET} of its resource (its own path; for a {@code POST}, the item it acts on)
 *       answers {@code ETag} on every success.</li>
 * </ol>
 * A {@code DELETE} of a resource that is never changed in place and answers no {@code ETag} (a grant, a consent)
 * has no version, and needs no {@code If-Match}.
 */
public final class R502VersionedChangesRequireIfMatch implements Rule {

    @Override
    public String id() {
        return "R-502";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        Map<String, Operation> gets = new HashMap<>();
        Map<String, Operation> patches = new HashMap<>();
        for (Operation operation : contract.operations()) {
            if (operation.method().equals("get")) {
                gets.put(operation.path(), operation);
            } else if (operation.method().equals("patch")) {
                patches.put(operation.path(), operation);
            }
        }
        List<String> violations = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            String label = operation.label();
            Optional<ObjectNode> ifMatch = operation.parameter("header", "If-Match");
            String method = operation.method();
            String parent = operation.path().contains("/") ? operation.path().substring(0, operation.path().lastIndexOf('/')) : "";
            if (ifMatch.isEmpty()) {
                if (method.equals("patch")) {
                    violations.add(label + " does not take If-Match (a PATCH changes an existing resource)");
                } else if ((method.equals("put") || method.equals("delete"))
                        && (answersETag(root, gets.get(operation.path())) || patches.containsKey(operation.path()))) {
                    violations.add(label + " does not take If-Match, yet " + operation.path() + " has a version (an ETag or a PATCH)");
                } else if (method.equals("post") && gets.containsKey(parent) && !operation.path().endsWith("}")
                        && answersItem(operation, gets.get(parent))) {
                    violations.add(label + " changes the item " + parent + " (it answers the item) but does not take If-Match");
                }
                continue;
            }
            if (!ifMatch.get().path("required").asBoolean(false)) {
                violations.add(label + ": If-Match is not required: true");
            }
            for (String status : List.of("412", "428")) {
                if (!operation.node().path("responses").has(status)) {
                    violations.add(label + " takes If-Match but does not document " + status);
                }
            }
            String resource = method.equals("post") ? parent : operation.path();
            Operation get = gets.get(resource);
            if (get == null) {
                violations.add(label + " takes If-Match but " + resource + " has no GET to read its ETag from");
            } else if (!answersETag(root, get)) {
                violations.add(label + " takes If-Match but " + get.label() + " does not answer an ETag on every success");
            }
        }
        return violations;
    }

    private static boolean answersETag(JsonNode root, Operation get) {
        if (get == null) {
            return false;
        }
        boolean anySuccess = false;
        for (Map.Entry<String, ObjectNode> response : get.responses().entrySet()) {
            if (Statuses.isSuccess(response.getKey())) {
                anySuccess = true;
                if (Headers.find(root, response.getValue(), "ETag").isMissingNode()) {
                    return false;
                }
            }
        }
        return anySuccess;
    }

    /** Whether the POST's 200 body is the same schema as the item GET's 200 body (it answers the changed item). */
    private static boolean answersItem(Operation post, Operation get) {
        JsonNode posted = jsonSchemaOf200(post);
        JsonNode read = jsonSchemaOf200(get);
        return posted.has("$ref") && Objects.equals(posted.get("$ref"), read.get("$ref"));
    }

    private static JsonNode jsonSchemaOf200(Operation operation) {
        ObjectNode ok = operation.responses().get("200");
        return ok == null ? MissingNode.getInstance() : ok.path("content").path("application/json").path("schema");
    }
}
