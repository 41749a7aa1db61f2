package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which operations use which components: an operation uses every component its references reach, directly or
 * through other components ({@code schemas/Problem} through {@code responses/NotFound}).
 */
public final class ComponentUsers {

    private final Map<String, Set<Operation>> users = new HashMap<>();

    private ComponentUsers(ObjectNode root) {
        for (Operation operation : Operation.all(root)) {
            for (String component : reachedBy(root, operation)) {
                users.computeIfAbsent(component, k -> new LinkedHashSet<>()).add(operation);
            }
        }
    }

    public static ComponentUsers of(ObjectNode root) {
        return new ComponentUsers(root);
    }

    /** The operations that use the component ({@code schemas/Problem}), in document order; empty when unused. */
    public Set<Operation> of(String component) {
        return users.getOrDefault(component, Set.of());
    }

    /** Every component ({@code schemas/X}, {@code responses/Y}, ...) the operation's references reach. */
    public static Set<String> reachedBy(ObjectNode root, Operation operation) {
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> toScan = new ArrayDeque<>();
        toScan.add(operation.node());
        toScan.add(operation.pathItem().path("parameters"));
        while (!toScan.isEmpty()) {
            JsonNode node = toScan.pop();
            Refs.componentKey(node).ifPresent(component -> {
                if (reached.add(component)) {
                    toScan.add(Refs.resolve(root, node));
                }
            });
            node.forEach(toScan::add);
        }
        return reached;
    }
}
