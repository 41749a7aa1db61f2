package id.mpp.spec.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One schema object of the contract, where it is written, and what encloses it.
 *
 * @param schema the schema object as written (it may be a {@code $ref})
 * @param where where it is written
 * @param propertyName the property it describes, or null when it is not a property's schema
 * @param enclosingSchemas the schema objects it is nested in, outermost first, itself last
 * @param component the component it is written in ({@code schemas/Problem}, {@code responses/NotFound}), or null
 * @param parameter the parameter object it is the schema of (or nested in), or null
 * @param operation the operation it is written in, or null
 * @param pathItem the path item it is written in (for path-level parameters), or null
 */
public record SchemaSite(JsonNode schema, Where where, String propertyName, List<JsonNode> enclosingSchemas,
                         String component, ObjectNode parameter, Operation operation, ObjectNode pathItem) {
}
