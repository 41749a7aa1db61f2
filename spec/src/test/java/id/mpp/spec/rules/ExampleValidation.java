package id.mpp.spec.rules;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.ExampleSite;
import id.mpp.spec.support.ExampleSite.Direction;
import id.mpp.spec.support.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates an example against its schema with swagger-request-validator's OpenAPI 3.0 schema validator
 * ({@code nullable}, {@code discriminator}, formats, patterns, bounds).
 *
 * <p>Two things it is told: a {@code readOnly} property is not required in a request, nor a {@code writeOnly} one in
 * a response (OpenAPI 3.0 §4.7.25.6: the validator would demand them), so each direction gets a copy of the
 * contract with those names dropped from {@code required}; and members the schema does not declare are left to
 * {@link R702ExamplesAreValid}, which checks them through {@code allOf} (the validator's own check closes each
 * {@code allOf} member separately and so rejects every extension of {@code Problem}).
 */
final class ExampleValidation {

    private final ObjectNode root;
    private final Map<Direction, SchemaValidator> validators = new EnumMap<>(Direction.class);

    ExampleValidation(ObjectNode root) {
        this.root = root;
    }

    /** The validator's errors for the example, each prefixed with where it is written; empty when it is valid. */
    List<String> errors(ExampleSite site) {
        if (!(site.schema() instanceof ObjectNode written)) {
            return List.of(site.where() + ": its schema is not a schema object");
        }
        ObjectNode schema = written.deepCopy();
        dropFromRequired(schema, site.direction());
        OpenAPIDeserializer.ParseResult result = new OpenAPIDeserializer.ParseResult();
        Schema<?> swaggerSchema = new OpenAPIDeserializer().getSchema(schema, "example", result);
        ValidationReport report = validator(site.direction()).validate(site::value, swaggerSchema, "example");
        List<String> errors = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                String details = message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo();
                errors.add(site.where() + ": " + message.getMessage().replace('\n', ' ') + details);
            }
        }
        return errors;
    }

    private synchronized SchemaValidator validator(Direction direction) {
        return validators.computeIfAbsent(direction, d -> {
            ObjectNode copy = root.deepCopy();
            dropFromRequired(copy, d);
            OpenAPI api = new OpenAPIDeserializer().deserialize(copy).getOpenAPI();
            LevelResolver levels = LevelResolver.create()
                    .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
                    .withLevel("example.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .build();
            return new SchemaValidator(api, new MessageResolver(levels));
        });
    }

    /** Removes from every {@code required} list the properties the direction does not carry. */
    private void dropFromRequired(JsonNode node, Direction direction) {
        if (node instanceof ObjectNode object && object.path("properties").isObject() && object.path("required").isArray()) {
            ArrayNode required = (ArrayNode) object.get("required");
            for (Iterator<JsonNode> it = required.elements(); it.hasNext(); ) {
                JsonNode property = Refs.resolve(root, object.get("properties").path(it.next().asText()));
                boolean readOnly = property.path("readOnly").asBoolean(false);
                boolean writeOnly = property.path("writeOnly").asBoolean(false);
                if ((readOnly && direction != Direction.RESPONSE) || (writeOnly && direction != Direction.REQUEST)) {
                    it.remove();
                }
            }
        }
        node.forEach(child -> dropFromRequired(child, direction));
    }
}
