package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import id.mpp.spec.support.Refs;
import java.util.Map;

/** Finds a response header by name, as HTTP does: regardless of case. */
final class Headers {

    private Headers() {
    }

    /** The resolved header object of the response, or a missing node. */
    static JsonNode find(JsonNode root, JsonNode response, String name) {
        for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return Refs.resolve(root, header.getValue());
            }
        }
        return MissingNode.getInstance();
    }
}
