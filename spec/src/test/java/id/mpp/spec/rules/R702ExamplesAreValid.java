package id.mpp.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.spec.support.ExampleSite;
import id.mpp.spec.support.ExampleSite.Direction;
import id.mpp.spec.support.ExampleWalker;
import id.mpp.spec.support.Examples;
import id.mpp.spec.support.Operation;
import id.mpp.spec.support.ParsedContract;
import id.mpp.spec.support.Schemas;
import id.mpp.spec.support.Where;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * every request body and every response body has at least one example, and every example (of a media
 * type, a parameter, a header or a schema) validates against its schema.
 *
 * <p>Validation is swagger-request-validator's (see {@link ExampleValidation}), and on top of it, walking the example
 * with its schema: a member no part of the schema declares (through {@code allOf}, {@code oneOf}, ...) where the
 * schema closes the object; a {@code format: uri} that is not an absolute URI (the validator takes a relative
 * reference); a {@code readOnly} member in a request or a {@code writeOnly} member in a response. File content
 * ({@code format: binary}, or a stored document media type) has no example to show, and is skipped.
 */
public final class R702ExamplesAreValid implements Rule {

    @Override
    public String id() {
        return "R-702";
    }

    @Override
    public List<String> check(ParsedContract contract) {
        ObjectNode root = contract.root();
        List<String> violations = new ArrayList<>();
        for (Body body : bodies(root)) {
            boolean hasExample = body.media().has("example") || body.media().path("examples").size() > 0;
            boolean fileContent = R103BodiesUseAllowedMediaTypes.STORED.contains(body.mediaType())
                    || (body.media().has("schema") && Schemas.isBinary(root, body.media().get("schema")));
            if (!hasExample && !fileContent) {
                violations.add(body.where() + " has no example");
            }
        }
        ExampleValidation validation = new ExampleValidation(root);
        for (ExampleSite site : Examples.all(root)) {
            if (site.schema() == null) {
                violations.add(site.where() + ": an example without a schema to validate it against");
                continue;
            }
            if ((site.mediaType() != null && R103BodiesUseAllowedMediaTypes.STORED.contains(site.mediaType()))
                    || Schemas.isBinary(root, site.schema())) {
                continue;
            }
            violations.addAll(validation.errors(site));
            ExampleWalker.walk(root, site.value(), site.schema(), site.name(), new ExampleWalker.Visitor() {
                @Override
                public void visit(ExampleWalker.Step step) {
                    String at = site.where() + (step.pointer().isEmpty() ? "" : " at " + step.pointer());
                    if (step.text("format").equals("uri") && step.value().isTextual() && !isAbsoluteUri(step.value().asText())) {
                        violations.add(at + ": '" + step.value().asText() + "' is not an absolute URI (format: uri)");
                    }
                    if (!step.pointer().isEmpty() && site.direction() == Direction.REQUEST && step.any("readOnly")) {
                        violations.add(at + ": a readOnly member in a request");
                    }
                    if (!step.pointer().isEmpty() && site.direction() == Direction.RESPONSE && step.any("writeOnly")) {
                        violations.add(at + ": a writeOnly member in a response");
                    }
                }

                @Override
                public void undeclared(String pointer, String name, List<ObjectNode> parts) {
                    violations.add(site.where() + " at " + pointer + ": member '" + name + "' is not declared by its schema");
                }
            });
        }
        return violations;
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A media type object of a request body or response, where it is written. */
    private record Body(Where where, String mediaType, JsonNode media) {
    }

    private static List<Body> bodies(ObjectNode root) {
        List<Body> bodies = new ArrayList<>();
        root.path("components").path("responses").properties().forEach(r ->
                addContent(bodies, r.getValue(), Where.of("components", "responses", r.getKey())));
        root.path("components").path("requestBodies").properties().forEach(r ->
                addContent(bodies, r.getValue(), Where.of("components", "requestBodies", r.getKey())));
        for (Operation operation : Operation.all(root)) {
            addContent(bodies, operation.node().path("requestBody"), operation.where().child("requestBody"));
            operation.node().path("responses").properties().forEach(r ->
                    addContent(bodies, r.getValue(), operation.where().child("responses", r.getKey())));
        }
        return bodies;
    }

    private static void addContent(List<Body> bodies, JsonNode owner, Where where) {
        if (owner.has("$ref")) {
            return;
        }
        owner.path("content").properties().forEach(media ->
                bodies.add(new Body(where.child("content", media.getKey()), media.getKey(), media.getValue())));
    }
}
