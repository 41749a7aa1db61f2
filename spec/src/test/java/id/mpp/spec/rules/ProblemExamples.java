package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.Examples;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.Refs;
import id.mpp.spec.support.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every problem body example of a contract with the status it is answered with: the examples of
 * {@code application/problem+json} in the error responses of the operations (and of {@code application/json}
 * in those of the OAuth endpoints, whose {@code OAuthError} carries the problem members), and those of every
 * {@code components/responses} entry, whose status is then unknown (null).
 */
final class ProblemExamples {

    /**
     * One problem example.
     *
     * @param where where the example is written
     * @param value the example
     * @param status the status it is answered with, or null for a shared response seen on its own
     * @param operation the operation answering it, or null
     * @param shared whether it is written in {@code components/responses} (shared by operations)
     */
    record ProblemExample(Where where, JsonNode value, String status, Operation operation, boolean shared) {

        /** The operation and status for an operation's own response; a shared one is named once, by its place. */
        String label() {
            if (operation == null) {
                return where.toString();
            }
            return shared ? where + " (as " + status + ")" : operation.label() + " " + status + ": " + where;
        }
    }

    private ProblemExamples() {
    }

    static List<ProblemExample> all(ObjectNode root) {
        List<ProblemExample> examples = new ArrayList<>();
        for (Operation operation : Operation.all(root)) {
            operation.node().path("responses").properties().forEach(entry -> {
                String status = entry.getKey();
                if (!Statuses.isError(status)) {
                    return;
                }
                JsonNode written = entry.getValue();
                Where where = Refs.componentKey(written).map(key -> Where.of("components").child(key.split("/")))
                        .orElse(operation.where().child("responses", status));
                JsonNode response = Refs.resolve(root, written);
                add(root, examples, response, where, status, operation, written.has("$ref"));
            });
        }
        root.path("components").path("responses").properties().forEach(entry ->
                add(root, examples, entry.getValue(), Where.of("components", "responses", entry.getKey()), null, null, true));
        return examples;
    }

    private static void add(JsonNode root, List<ProblemExample> examples, JsonNode response, Where where, String status,
                            Operation operation, boolean shared) {
        for (Map.Entry<String, JsonNode> media : response.path("content").properties()) {
            boolean problem = media.getKey().equals(R301ErrorsAreProblems.PROBLEM_JSON)
                    || (operation != null && operation.isStandard() && media.getKey().equals("application/json"));
            if (problem) {
                for (Examples.Value value : Examples.ofMediaType(root, media.getValue(), where.child("content", media.getKey()))) {
                    examples.add(new ProblemExample(value.where(), value.value(), status, operation, shared));
                }
            }
        }
    }
}
